package com.clinicplatform.treatment;

import org.springframework.data.jpa.repository.Query;

interface ConditionRevisionRepository extends RevisionRepository<ConditionRevision> {

    @Override
    @Query(value = """
            select exists (select 1 from condition_revision
                            where condition_id <> :pageId
                              and state in ('DRAFT', 'AWAITING_APPROVAL', 'SCHEDULED')
                              and content ->> 'slug' = :slug)""", nativeQuery = true)
    boolean slugOpenElsewhere(long pageId, String slug);
}
