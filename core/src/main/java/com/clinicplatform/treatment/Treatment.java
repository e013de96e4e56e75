package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service the clinic offers and the page that describes it. Its {@link #position() position} in the catalogue
 * gives every published page its previous and next.
 */
@Entity
public class Treatment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String title;

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

    @Valid
    @ElementCollection
    @CollectionTable(name = "treatment_section", joinColumns = @JoinColumn(name = "treatment_id"))
    @OrderColumn(name = "position")
    private List<TreatmentSection> sections = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "treatment_faq", joinColumns = @JoinColumn(name = "treatment_id"))
    @OrderColumn(name = "position")
    private List<FaqEntry> faqs = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "treatment_condition", joinColumns = @JoinColumn(name = "treatment_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    private Set<Condition> conditions = new HashSet<>();

    /** The sections and answers as plain text, which search indexes and quotes. */
    @Column(nullable = false)
    private String searchText = "";

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Treatment() {
        // for JPA
    }

    Treatment(String slug, String title, String summary, int position, Instant now) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void publish(Instant now) {
        state = PageState.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    void replaceContent(List<TreatmentSection> newSections, List<FaqEntry> newFaqs, String newSearchText,
            Instant now) {
        sections.clear();
        sections.addAll(newSections);
        faqs.clear();
        faqs.addAll(newFaqs);
        searchText = newSearchText;
        updatedAt = now;
    }

    void addresses(Collection<Condition> newConditions, Instant now) {
        conditions.clear();
        conditions.addAll(newConditions);
        updatedAt = now;
    }

    void describeForSearchEngines(String title, String description, Instant now) {
        this.seoTitle = title;
        this.seoDescription = description;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    /** The title search engines show: the editor's SEO title when there is one, else the page title. */
    public String searchTitle() {
        return Optional.ofNullable(seoTitle).filter(t -> !t.isBlank()).orElse(title);
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

    public List<TreatmentSection> sections() {
        return List.copyOf(sections);
    }

    public List<FaqEntry> faqs() {
        return List.copyOf(faqs);
    }

    public Set<Condition> conditions() {
        return Set.copyOf(conditions);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
