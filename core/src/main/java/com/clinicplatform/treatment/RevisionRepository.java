package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** The revisions of one kind of page, as the editing workflow reads and keeps them. */
@NoRepositoryBean
interface RevisionRepository<R extends PageRevision<?>> extends JpaRepository<R, Long> {

    EnumSet<RevisionState> OPEN =
            EnumSet.of(RevisionState.DRAFT, RevisionState.AWAITING_APPROVAL, RevisionState.SCHEDULED);

    List<R> findByPageIdOrderByNumberDesc(long pageId);

    Optional<R> findByPageIdAndNumber(long pageId, int number);

    Optional<R> findByPageIdAndState(long pageId, RevisionState state);

    Optional<R> findByPageIdAndStateIn(long pageId, Collection<RevisionState> states);

    Optional<R> findFirstByPageIdOrderByNumberDesc(long pageId);

    List<R> findByStateIn(Collection<RevisionState> states);

    long countByState(RevisionState state);

    long countByPageId(long pageId);

    boolean existsByPageIdAndState(long pageId, RevisionState state);


    /** Whether another page's open revision would take this address when it goes live. */
    boolean slugOpenElsewhere(long pageId, String slug);

    /** The page's revision still to be published, if any. */
    default Optional<R> open(long pageId) {
        return findByPageIdAndStateIn(pageId, OPEN);
    }

    default Optional<R> live(long pageId) {
        return findByPageIdAndState(pageId, RevisionState.LIVE);
    }

    /** The open revision, else the live one, else the latest: what an editor's form starts from. */
    default Optional<R> head(long pageId) {
        return open(pageId).or(() -> live(pageId)).or(() -> findFirstByPageIdOrderByNumberDesc(pageId));
    }

    /** The pages with a scheduled revision whose time has come, earliest first: ids only, nothing kept in memory. */
    @Query("""
            select r.pageId from #{#entityName} r
            where r.state = com.clinicplatform.treatment.RevisionState.SCHEDULED and r.publishAt <= :now
            order by r.publishAt""")
    List<Long> pagesDue(Instant now);
}
