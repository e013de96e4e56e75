package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What every page of the catalogue has, treatment or condition: its address, summary, words for search engines, place
 * in the order, publishing state, the plain text search indexes, and when it changed.
 */
@MappedSuperclass
abstract class CataloguePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 600)
    @Column(nullable = false)
    private String summary;

    @Size(max = 70)
    private String seoTitle;

    @Size(max = 170)
    private String seoDescription;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PageState state = PageState.DRAFT;

    private Instant publishedAt;

    /** The live hero image (a {@code page_image}), and the words standing in for it. */
    private Long heroImageId;

    @Size(max = 300)
    private String heroAlt;

    /** The page's words as plain text, which search indexes and quotes. */
    @Column(nullable = false)
    private String searchText = "";

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CataloguePage() {
        // for JPA
    }

    CataloguePage(String slug, String summary, int position, Instant now) {
        this.slug = slug;
        this.summary = summary;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the page is called: a treatment's title, a condition's name. */
    abstract String heading();

    void publish(Instant now) {
        state = PageState.PUBLISHED;
        publishedAt = now;
        changed(now);
    }

    /** What a revision says the public sees from now on, besides the kind's own words. */
    void goLive(String newSlug, String newSummary, String seoTitle, String seoDescription, Long heroImage,
            String alt, String plainText, Instant now) {
        this.slug = newSlug;
        this.summary = newSummary;
        this.heroImageId = heroImage;
        this.heroAlt = heroImage == null ? null : alt;
        describeForSearchEngines(seoTitle, seoDescription, now);
        index(plainText, now);
        publish(now);
    }

    /** A page never published yet takes its draft's address, so no other page can take it meanwhile. */
    void reserve(String newSlug, Instant now) {
        this.slug = newSlug;
        changed(now);
    }

    void stateIs(PageState newState, Instant now) {
        if (state != newState) {
            state = newState;
            changed(now);
        }
    }

    void moveTo(int newPosition, Instant now) {
        position = newPosition;
        changed(now);
    }

    void describeForSearchEngines(String title, String description, Instant now) {
        this.seoTitle = title;
        this.seoDescription = description;
        changed(now);
    }

    void index(String plainText, Instant now) {
        this.searchText = plainText;
        changed(now);
    }

    void changed(Instant now) {
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String summary() {
        return summary;
    }

    /** The title search engines show: the editor's SEO title when there is one, else the page's own. */
    public String searchTitle() {
        return Optional.ofNullable(seoTitle).filter(t -> !t.isBlank()).orElse(heading());
    }

    /** The description search engines show: the editor's when there is one, else the summary. */
    public String searchDescription() {
        return Optional.ofNullable(seoDescription).filter(d -> !d.isBlank()).orElse(summary);
    }

    public int position() {
        return position;
    }

    public PageState state() {
        return state;
    }

    /** When the page last went live; null for one never published. */
    public Instant publishedAt() {
        return publishedAt;
    }

    /** The editor's own title for search engines; null when the page's heading serves. */
    String ownSeoTitle() {
        return seoTitle;
    }

    /** The editor's own description for search engines; null when the summary serves. */
    String ownSeoDescription() {
        return seoDescription;
    }

    public Long heroImageId() {
        return heroImageId;
    }

    public String heroAlt() {
        return heroAlt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
