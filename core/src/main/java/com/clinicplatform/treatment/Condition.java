package com.clinicplatform.treatment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a patient has — knee pain, a tendon injury, Hashimoto's disease — and the page that explains it and lists the
 * treatments that address it. Published and ordered like a treatment page.
 */
@Entity
@Table(name = "medical_condition")
public class Condition extends CataloguePage {

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    /** Markdown: what the condition is and where the clinic's treatments fit in. */
    @NotBlank
    @Column(nullable = false)
    private String description;

    protected Condition() {
        // for JPA
    }

    Condition(String slug, NewCondition content, String searchText, int position, Instant now) {
        super(slug, content.summary().strip(), position, now);
        this.name = content.name().strip();
        this.description = content.description();
        describeForSearchEngines(content.seoTitle(), content.seoDescription(), now);
        index(searchText, now);
    }

    /** The revision's content as the public sees it from now on. */
    void goLive(ConditionContent content, Long heroImage, String plainText, Instant now) {
        name = content.name();
        description = content.description();
        goLive(content.slug(), content.summary(), content.seoTitle(), content.seoDescription(), heroImage,
                content.hero() == null ? null : content.hero().alt(), plainText, now);
    }

    /** A page never published shows its draft's name in the console's list, and holds its address. */
    void nameDraft(String newName, String newSlug, Instant now) {
        name = newName;
        reserve(newSlug, now);
    }

    @Override
    String heading() {
        return name;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
