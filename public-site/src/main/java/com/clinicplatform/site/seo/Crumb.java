package com.clinicplatform.site.seo;

/** One step of a page's breadcrumb trail: a name and the site path it links to. */
public record Crumb(String name, String path) {

    /** Where every trail starts. */
    public static final Crumb HOME = new Crumb("Home", "/");
}
