package com.clinicplatform.treatment;

/**
 * What every kind of page's content has, whatever else it holds: a heading, an address and perhaps a picture.
 *
 * @param <C> the kind's own content
 */
public interface PageContent<C extends PageContent<C>> {

    /** What the page is called: a treatment's title, a condition's name. */
    String heading();

    String slug();

    String summary();

    /** The title search engines show; null or blank for the page's heading. */
    String seoTitle();

    /** The description search engines show; null or blank for the summary. */
    String seoDescription();

    HeroImage hero();

    /** This content at another address. */
    C withSlug(String newSlug);
}
