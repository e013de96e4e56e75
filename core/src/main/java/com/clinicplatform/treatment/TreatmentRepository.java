package com.clinicplatform.treatment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    @EntityGraph(attributePaths = "sections")
    Optional<Treatment> findBySlugAndState(String slug, PageState state);

    List<Treatment> findByStateOrderByPosition(PageState state);

    Optional<Treatment> findFirstByStateAndPositionLessThanOrderByPositionDesc(PageState state, int position);

    Optional<Treatment> findFirstByStateAndPositionGreaterThanOrderByPositionAsc(PageState state, int position);

    Page<Treatment> findAllBy(Pageable pageable);

    boolean existsBySlug(String slug);

    long countByState(PageState state);

    @Query("select t.title from Treatment t where t.slug = :slug and t.state = :state")
    Optional<String> findTitleBySlugAndState(String slug, PageState state);

    @Query("select coalesce(max(t.position), 0) from Treatment t")
    int lastPosition();
}
