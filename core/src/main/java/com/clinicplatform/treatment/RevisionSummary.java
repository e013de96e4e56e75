package com.clinicplatform.treatment;

import java.time.Instant;

/**
 * One revision of a page as its history lists it: who wrote, approved and published it, and when.
 *
 * @param basedOn the revision it was started from; null for a page's first
 * @param publishAt when it goes live, for one approved or scheduled for a set time
 * @param version changes whenever the revision does: what an editor's next step must still match
 */
public record RevisionSummary(
        int number,
        RevisionState state,
        Integer basedOn,
        Instant createdAt,
        String createdByName,
        Instant updatedAt,
        String updatedByName,
        Instant submittedAt,
        Instant approvedAt,
        String approvedByName,
        Instant publishAt,
        Instant publishedAt,
        String publishedByName,
        Instant supersededAt,
        long version) {

    /** Where an editor's next step starts: this revision, as it stood. */
    public Head head() {
        return new Head(number, version);
    }

    /**
     * The revision an editor's form shows — the open one, else the live or latest one — and its version. A step taken
     * from a form is refused when the page's head has moved on since, so nobody overwrites a colleague's work unseen.
     */
    public record Head(int number, long version) {
    }
}
