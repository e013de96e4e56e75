package com.clinicplatform.treatment;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.DatabaseLocks;

@Service
@Validated
@Transactional(readOnly = true)
public class TreatmentService {

    /** How many other treatments a page suggests. */
    static final int RELATED_LIMIT = 3;

    private final TreatmentRepository treatments;
    private final ConditionRepository conditions;
    private final MarkdownRenderer markdown;
    private final DatabaseLocks locks;
    private final Clock clock;

    TreatmentService(TreatmentRepository treatments, ConditionRepository conditions, MarkdownRenderer markdown,
            DatabaseLocks locks, Clock clock) {
        this.treatments = treatments;
        this.conditions = conditions;
        this.markdown = markdown;
        this.locks = locks;
        this.clock = clock;
    }

    /** The published page at this slug with its previous and next published pages; empty for any other slug. */
    public Optional<TreatmentPage> publishedPage(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return treatments.findBySlugAndState(slug, PageState.PUBLISHED).map(this::page);
    }

    private TreatmentPage page(Treatment treatment) {
        var previous = treatments.findFirstByStateAndPositionLessThanOrderByPositionDesc(
                PageState.PUBLISHED, treatment.position()).map(TreatmentLink::of);
        var next = treatments.findFirstByStateAndPositionGreaterThanOrderByPositionAsc(
                PageState.PUBLISHED, treatment.position()).map(TreatmentLink::of);
        // the pager already links the neighbours: related pages are the others
        var neighbours = Stream.of(previous, next).flatMap(Optional::stream).map(TreatmentLink::slug).toList();
        return new TreatmentPage(
                treatment.slug(),
                treatment.title(),
                treatment.summary(),
                treatment.searchTitle(),
                treatment.searchDescription(),
                treatment.sections(),
                treatment.faqs(),
                treatment.updatedAt(),
                previous,
                next,
                treatment.conditions().stream()
                        .filter(condition -> condition.state() == PageState.PUBLISHED)
                        .sorted(Comparator.comparingInt(Condition::position))
                        .map(ConditionLink::of)
                        .toList(),
                treatments.findRelated(treatment.id(), PageState.PUBLISHED, PageRequest.of(0, RELATED_LIMIT + 2))
                        .stream()
                        .map(TreatmentLink::of)
                        .filter(related -> !neighbours.contains(related.slug()))
                        .limit(RELATED_LIMIT)
                        .toList());
    }

    /** Every published treatment in catalogue order, also grouped by the published conditions they address. */
    public Catalogue catalogue() {
        var published = treatments.findWithConditionsByStateOrderByPosition(PageState.PUBLISHED);
        var groups = conditions.findByStateOrderByPosition(PageState.PUBLISHED).stream()
                .map(condition -> new Catalogue.Group(ConditionLink.of(condition), published.stream()
                        .filter(treatment -> treatment.conditions().stream()
                                .anyMatch(addressed -> addressed.id().equals(condition.id())))
                        .map(TreatmentLink::of)
                        .toList()))
                .filter(group -> !group.treatments().isEmpty())
                .toList();
        return new Catalogue(published.stream().map(TreatmentLink::of).toList(), groups);
    }

    /**
     * One page of all treatments, whatever their state, sorted and paged by the database. Rows that sort alike
     * keep a fixed order (by id), so no row repeats or goes missing from one page to the next.
     */
    public Page<TreatmentRow> page(Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
        return treatments.findAllBy(stable).map(TreatmentRow::of);
    }

    public long countPublished() {
        return treatments.countByState(PageState.PUBLISHED);
    }

    /** Every published treatment, in catalogue order, as a patient picks one from a list. */
    public List<TreatmentChoice> choices() {
        return treatments.findByStateOrderByPosition(PageState.PUBLISHED).stream().map(TreatmentChoice::of).toList();
    }

    /** Every treatment the clinic offers, published or not, in catalogue order: what a course can be of. */
    public List<TreatmentChoice> offered() {
        return treatments.findAllByOrderByPosition().stream().map(TreatmentChoice::of).toList();
    }

    /** The published treatment at this slug, as a patient picks it. */
    public Optional<TreatmentChoice> choice(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return treatments.findPublished(slug, PageState.PUBLISHED).map(TreatmentChoice::of);
    }

    public long count() {
        return treatments.count();
    }

    /** Adds a draft to the end of the catalogue under a slug no other page holds. */
    @Transactional
    public TreatmentRow create(@Valid NewTreatment draft) {
        // two editors adding a page at once must end up with two slugs and two positions, not an error
        locks.lockUntilCommit("treatment");
        var now = clock.instant();
        var treatment = new Treatment(Slug.unique(draft.title(), treatments::existsBySlug), draft.title().strip(),
                draft.summary().strip(), treatments.lastPosition() + 1, now);
        treatment.replaceContent(draft.sections(), draft.faqs(), searchText(draft), now);
        treatment.describeForSearchEngines(draft.seoTitle(), draft.seoDescription(), now);
        return TreatmentRow.of(treatments.save(treatment));
    }

    @Transactional
    public void publish(long treatmentId) {
        find(treatmentId).publish(clock.instant());
    }

    /** Sets the conditions the treatment addresses, named by their slugs; a slug no condition holds is an error. */
    @Transactional
    public void setConditions(long treatmentId, List<String> conditionSlugs) {
        var found = conditions.findBySlugIn(conditionSlugs);
        if (found.size() != Set.copyOf(conditionSlugs).size()) {
            throw new IllegalArgumentException("Unknown condition among " + conditionSlugs);
        }
        find(treatmentId).addresses(found, clock.instant());
    }

    /** The id of the first treatment in the catalogue with exactly this title, whatever its state. */
    public Optional<Long> idByTitle(String title) {
        return treatments.findFirstByTitleOrderByPosition(title).map(Treatment::id);
    }

    private Treatment find(long treatmentId) {
        return treatments.findById(treatmentId)
                .orElseThrow(() -> new IllegalArgumentException("No treatment " + treatmentId));
    }

    /** Headings, bodies, questions and answers without their Markdown, one after another. */
    private String searchText(NewTreatment draft) {
        var text = new StringJoiner("\n");
        draft.sections().forEach(section -> text.add(section.heading()).add(markdown.toPlainText(section.body())));
        draft.faqs().forEach(faq -> text.add(faq.question()).add(markdown.toPlainText(faq.answer())));
        return text.toString();
    }
}
