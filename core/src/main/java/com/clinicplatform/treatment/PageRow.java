package com.clinicplatform.treatment;

import java.time.Instant;

/**
 * One line of the console's list of pages of one kind.
 *
 * @param title what the page is called: a treatment's title, a condition's name
 * @param change where the page's open revision stands (a draft, waiting for approval, scheduled); null when none
 * @param publishAt when a scheduled change goes live
 */
public record PageRow(long id, int position, String title, String slug, PageState state, Instant updatedAt,
        RevisionState change, Instant publishAt) {

    static PageRow of(CataloguePage page, PageRevision<?> open) {
        return new PageRow(page.id(), page.position(), page.heading(), page.slug(), page.state(), page.updatedAt(),
                open == null ? null : open.state(), open == null ? null : open.publishAt());
    }
}
