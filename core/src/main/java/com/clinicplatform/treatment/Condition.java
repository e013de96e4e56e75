package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a patient has — knee pain, a tendon injury, Hashimoto's disease — and the page that explains it and lists the
 * treatments that address it. Published and ordered like a treatment page.
 */
@Entity
@Table(name = "medical_condition")
public class Condition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @NotBlank
    @Size(max = 600)
    @Column(nullable = false)
    private String summary;

    /** Markdown: what the condition is and where the clinic's treatments fit in. */
    @NotBlank
    @Column(nullable = false)
    private String description;

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

    /** The description as plain text, which search indexes and quotes. */
    @Column(nullable = false)
    private String searchText = "";

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Condition() {
        // for JPA
    }

    Condition(String slug, NewCondition content, String searchText, int position, Instant now) {
        this.slug = slug;
        this.name = content.name().strip();
        this.summary = content.summary().strip();
        this.description = content.description();
        this.seoTitle = content.seoTitle();
        this.seoDescription = content.seoDescription();
        this.searchText = searchText;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void publish(Instant now) {
        state = PageState.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    /** The title search engines show: the editor's SEO title when there is one, else the name. */
    public String searchTitle() {
        return Optional.ofNullable(seoTitle).filter(t -> !t.isBlank()).orElse(name);
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

    public Instant updatedAt() {
        return updatedAt;
    }
}
