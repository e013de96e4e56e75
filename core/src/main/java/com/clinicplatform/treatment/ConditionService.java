package com.clinicplatform.treatment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.DatabaseLocks;

@Service
@Validated
@Transactional(readOnly = true)
public class ConditionService {

    private final ConditionRepository conditions;
    private final TreatmentRepository treatments;
    private final MarkdownRenderer markdown;
    private final DatabaseLocks locks;
    private final Clock clock;

    ConditionService(ConditionRepository conditions, TreatmentRepository treatments, MarkdownRenderer markdown,
            DatabaseLocks locks, Clock clock) {
        this.conditions = conditions;
        this.treatments = treatments;
        this.markdown = markdown;
        this.locks = locks;
        this.clock = clock;
    }

    /** Every published condition in the order the site lists them. */
    public List<ConditionLink> published() {
        return conditions.findByStateOrderByPosition(PageState.PUBLISHED).stream().map(ConditionLink::of).toList();
    }

    /** The published condition at this slug with the published treatments for it; empty for any other slug. */
    public Optional<ConditionPage> publishedPage(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return conditions.findBySlugAndState(slug, PageState.PUBLISHED).map(condition -> new ConditionPage(
                condition.slug(),
                condition.name(),
                condition.summary(),
                condition.description(),
                condition.searchTitle(),
                condition.searchDescription(),
                condition.updatedAt(),
                treatments.findAddressing(condition.id(), PageState.PUBLISHED).stream()
                        .map(TreatmentLink::of)
                        .toList()));
    }

    /** Adds a draft condition to the end of the list under a slug no other condition holds; returns its slug. */
    @Transactional
    public String create(@Valid NewCondition draft) {
        // two editors adding "Knee pain" at once must end up with two slugs and two positions, not an error
        locks.lockUntilCommit("medical_condition");
        var condition = new Condition(Slug.unique(draft.name(), conditions::existsBySlug), draft,
                markdown.toPlainText(draft.description()), conditions.lastPosition() + 1, clock.instant());
        return conditions.save(condition).slug();
    }

    @Transactional
    public void publish(String slug) {
        conditions.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No condition " + slug))
                .publish(clock.instant());
    }
}
