package com.clinicplatform.site.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the layout needs to describe a page to browsers and search engines: its title (followed by the clinic's name
 * unless {@code titleAsIs}), description and canonical path, the breadcrumb trail that leads to it (this page last),
 * whether search engines should index it, and the JSON-LD nodes about its content (the layout adds the clinic).
 */
public record PageMeta(String title, boolean titleAsIs, String description, String path, List<Crumb> breadcrumbs,
        boolean indexed, String openGraphType, List<Map<String, Object>> structuredData) {

    public static PageMeta of(String title, String description, String path) {
        return new PageMeta(title, false, description, path, List.of(), true, "website", List.of());
    }

    /** The same description under another title. */
    public PageMeta retitled(String newTitle) {
        return new PageMeta(newTitle, titleAsIs, description, path, breadcrumbs, indexed, openGraphType,
                structuredData);
    }

    /**
     * A catalogue page: a title an editor wrote for search engines ({@code searchTitle} other than the page's own
     * {@code heading}) is shown exactly as written, the page's own is followed by the clinic's name.
     */
    public static PageMeta ofPage(String heading, String searchTitle, String description, String path) {
        return new PageMeta(searchTitle, !searchTitle.equals(heading), description, path, List.of(), true, "article",
                List.of());
    }

    /** A title an editor wrote for search engines, shown exactly as written. */
    public PageMeta titledAsIs() {
        return new PageMeta(title, true, description, path, breadcrumbs, indexed, openGraphType, structuredData);
    }

    public PageMeta withBreadcrumbs(Crumb... crumbs) {
        return new PageMeta(title, titleAsIs, description, path, List.of(crumbs), indexed, openGraphType,
                structuredData);
    }

    /** Search results and error pages: useful to visitors, not to a search engine's index. */
    public PageMeta notIndexed() {
        return new PageMeta(title, titleAsIs, description, path, breadcrumbs, false, openGraphType, structuredData);
    }

    public PageMeta with(Map<String, Object> node) {
        var nodes = new ArrayList<>(structuredData);
        nodes.add(node);
        return new PageMeta(title, titleAsIs, description, path, breadcrumbs, indexed, openGraphType,
                List.copyOf(nodes));
    }

    /** The breadcrumbs before this page: the trail shown above its heading. */
    public List<Crumb> trail() {
        return breadcrumbs.isEmpty() ? List.of() : breadcrumbs.subList(0, breadcrumbs.size() - 1);
    }

    /** The full title for {@code <title>} and link previews. */
    public String fullTitle(String clinicName) {
        return titleAsIs || clinicName == null ? title : title + " | " + clinicName;
    }
}
