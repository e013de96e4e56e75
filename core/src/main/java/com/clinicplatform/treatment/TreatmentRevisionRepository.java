package com.clinicplatform.treatment;

import org.springframework.data.jpa.repository.Query;

interface TreatmentRevisionRepository extends RevisionRepository<TreatmentRevision> {

    @Override
    @Query(value = """
            select exists (select 1 from treatment_revision
                            where treatment_id <> :pageId
                              and state in ('DRAFT', 'AWAITING_APPROVAL', 'SCHEDULED')
                              and content ->> 'slug' = :slug)""", nativeQuery = true)
    boolean slugOpenElsewhere(long pageId, String slug);
}
