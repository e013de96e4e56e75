package com.clinicplatform.treatment;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConditionRepository extends JpaRepository<Condition, Long> {

    Optional<Condition> findBySlugAndState(String slug, PageState state);

    List<Condition> findByStateOrderByPosition(PageState state);

    List<Condition> findAllByOrderByPosition();

    boolean existsBySlugAndIdNot(String slug, long id);

    Page<Condition> findAllBy(Pageable pageable);

    /** The page, locked until the transaction ends, so steps on one page's revisions happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Condition c where c.id = :id")
    Optional<Condition> findForUpdate(long id);

    Optional<Condition> findBySlug(String slug);

    List<Condition> findBySlugIn(List<String> slugs);

    boolean existsBySlug(String slug);

    @Query("select coalesce(max(c.position), 0) from Condition c")
    int lastPosition();
}
