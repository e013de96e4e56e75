package com.clinicplatform.treatment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConditionRepository extends JpaRepository<Condition, Long> {

    Optional<Condition> findBySlugAndState(String slug, PageState state);

    List<Condition> findByStateOrderByPosition(PageState state);

    List<Condition> findAllByOrderByPosition();

    Optional<Condition> findBySlug(String slug);

    List<Condition> findBySlugIn(List<String> slugs);

    boolean existsBySlug(String slug);

    @Query("select coalesce(max(c.position), 0) from Condition c")
    int lastPosition();
}
