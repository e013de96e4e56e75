package com.clinicplatform.treatment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TreatmentRepository extends JpaRepository<Treatment, Long> {

    @EntityGraph(attributePaths = "sections")
    Optional<Treatment> findBySlugAndState(String slug, PageState state);

    List<Treatment> findByStateOrderByPosition(PageState state);

    List<Treatment> findAllByOrderByPosition();

    @EntityGraph(attributePaths = "conditions")
    List<Treatment> findWithConditionsByStateOrderByPosition(PageState state);

    /** Pages in this state but {@code id} that address any of these conditions, in catalogue order. */
    @Query("""
            select t from Treatment t
            where t.state = :state and t.id <> :id
              and exists (select 1 from Treatment other join other.conditions c
                          where other = t and c.id in :conditionIds)
            order by t.position""")
    List<Treatment> findRelated(long id, Collection<Long> conditionIds, PageState state, Pageable pageable);

    /** Pages in this state that address the condition, in catalogue order. */
    @Query("""
            select t from Treatment t join t.conditions c
            where t.state = :state and c.id = :conditionId
            order by t.position""")
    List<Treatment> findAddressing(long conditionId, PageState state);

    /** Every page that addresses the condition, whatever its state. */
    @Query("select t from Treatment t join t.conditions c where c.id = :conditionId")
    List<Treatment> findAddressingAnyState(long conditionId);

    Optional<Treatment> findFirstByTitleOrderByPosition(String title);

    @Query("select t from Treatment t where t.slug = :slug and t.state = :state")
    Optional<Treatment> findPublished(String slug, PageState state);

    Optional<Treatment> findFirstByStateAndPositionLessThanOrderByPositionDesc(PageState state, int position);

    Optional<Treatment> findFirstByStateAndPositionGreaterThanOrderByPositionAsc(PageState state, int position);

    Page<Treatment> findAllBy(Pageable pageable);

    boolean existsBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, long id);

    /** The page, locked until the transaction ends, so steps on one page's revisions happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Treatment t where t.id = :id")
    Optional<Treatment> findForUpdate(long id);

    long countByState(PageState state);

    @Query("select coalesce(max(t.position), 0) from Treatment t")
    int lastPosition();
}
