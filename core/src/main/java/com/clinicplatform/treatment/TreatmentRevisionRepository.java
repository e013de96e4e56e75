package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatmentRevisionRepository extends JpaRepository<TreatmentRevision, Long> {

    List<TreatmentRevision> findByTreatmentIdOrderByNumberDesc(long treatmentId);

    Optional<TreatmentRevision> findByTreatmentIdAndNumber(long treatmentId, int number);

    Optional<TreatmentRevision> findByTreatmentIdAndState(long treatmentId, RevisionState state);

    Optional<TreatmentRevision> findByTreatmentIdAndStateIn(long treatmentId, Collection<RevisionState> states);

    Optional<TreatmentRevision> findFirstByTreatmentIdOrderByNumberDesc(long treatmentId);

    List<TreatmentRevision> findByStateIn(Collection<RevisionState> states);

    /** Approved revisions whose time has come, earliest first. */
    List<TreatmentRevision> findByStateAndPublishAtLessThanEqualOrderByPublishAt(RevisionState state, Instant now);

    /** Whether another page's open revision would take this address when it goes live. */
    @Query(value = """
            select exists (select 1 from treatment_revision
                            where treatment_id <> :treatmentId
                              and state in ('DRAFT', 'AWAITING_APPROVAL', 'SCHEDULED')
                              and content ->> 'slug' = :slug)""", nativeQuery = true)
    boolean slugOpenElsewhere(long treatmentId, String slug);
}
