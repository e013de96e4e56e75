package com.clinicplatform.treatment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A page's earlier addresses. Each names the page, not its next address, so a page moved twice still answers its first
 * address with one redirect to where it lives now; and an address another page takes over stops redirecting.
 */
@Component
class SlugRedirects {

    /** Where a kind of page keeps its earlier addresses, and its pages. */
    private record Tables(String table, String pageColumn, String pageTable) {

        static Tables of(PageKind kind) {
            return switch (kind) {
                case TREATMENT -> new Tables("treatment_slug_redirect", "treatment_id", "treatment");
                case CONDITION -> new Tables("condition_slug_redirect", "condition_id", "medical_condition");
            };
        }
    }

    private final JdbcClient jdbc;

    SlugRedirects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page left {@code oldSlug} for {@code newSlug}: the old one leads to it, the new one redirects nowhere. */
    void moved(PageKind pageKind, long pageId, String oldSlug, String newSlug, Instant now) {
        var kind = Tables.of(pageKind);
        jdbc.sql("delete from " + kind.table() + " where old_slug = :slug").param("slug", newSlug).update();
        if (oldSlug != null && !oldSlug.equals(newSlug)) {
            jdbc.sql("insert into " + kind.table() + " (old_slug, " + kind.pageColumn() + ", created_at)"
                            + " values (:slug, :page, :now)"
                            + " on conflict (old_slug) do update set " + kind.pageColumn() + " = excluded."
                            + kind.pageColumn() + ", created_at = excluded.created_at")
                    .param("slug", oldSlug).param("page", pageId).param("now", Timestamp.from(now))
                    .update();
        }
    }

    /** Where a published page that once lived at {@code oldSlug} lives now; empty for text no slug could be. */
    Optional<String> currentSlug(PageKind pageKind, String oldSlug) {
        if (!Slug.isWellFormed(oldSlug)) {
            return Optional.empty();  // needs no query
        }
        var kind = Tables.of(pageKind);
        return jdbc.sql("select p.slug from " + kind.table() + " r join " + kind.pageTable() + " p on p.id = r."
                        + kind.pageColumn() + " where r.old_slug = :slug and p.state = 'PUBLISHED'")
                .param("slug", oldSlug).query(String.class).optional();
    }
}
