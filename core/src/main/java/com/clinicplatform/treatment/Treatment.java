package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A service the clinic offers and the page that describes it. Its {@link #position() position} in the catalogue
 * gives every published page its previous and next.
 */
@Entity
public class Treatment extends CataloguePage {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String title;

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

    protected Treatment() {
        // for JPA
    }

    Treatment(String slug, String title, String summary, int position, Instant now) {
        super(slug, summary, position, now);
        this.title = title;
    }

    void replaceContent(List<TreatmentSection> newSections, List<FaqEntry> newFaqs, String newSearchText,
            Instant now) {
        sections.clear();
        sections.addAll(newSections);
        faqs.clear();
        faqs.addAll(newFaqs);
        index(newSearchText, now);
    }

    void addresses(Collection<Condition> newConditions, Instant now) {
        conditions.clear();
        conditions.addAll(newConditions);
        changed(now);
    }

    /** The revision's content as the public sees it from now on. */
    void goLive(TreatmentContent content, Collection<Condition> addressed, Long heroImage, String plainText,
            Instant now) {
        title = content.title();
        sections.clear();
        sections.addAll(content.sections());
        faqs.clear();
        faqs.addAll(content.faqs());
        conditions.clear();
        conditions.addAll(addressed);
        goLive(content.slug(), content.summary(), content.seoTitle(), content.seoDescription(), heroImage,
                content.hero() == null ? null : content.hero().alt(), plainText, now);
    }

    /** A page never published shows its draft's title in the console's list, and holds its address. */
    void nameDraft(String newTitle, String newSlug, Instant now) {
        title = newTitle;
        reserve(newSlug, now);
    }

    @Override
    String heading() {
        return title;
    }

    public String title() {
        return title;
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
}
