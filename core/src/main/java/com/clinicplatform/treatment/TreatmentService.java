package com.clinicplatform.treatment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
public class TreatmentService {

    private final TreatmentRepository treatments;
    private final Clock clock;

    TreatmentService(TreatmentRepository treatments, Clock clock) {
        this.treatments = treatments;
        this.clock = clock;
    }

    /** The published page at this slug with its previous and next published pages; empty for any other slug. */
    public Optional<TreatmentPage> publishedPage(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return treatments.findBySlugAndState(slug, PageState.PUBLISHED).map(treatment -> new TreatmentPage(
                treatment.slug(),
                treatment.title(),
                treatment.summary(),
                treatment.searchTitle(),
                treatment.searchDescription(),
                treatment.sections(),
                treatment.faqs(),
                treatment.updatedAt(),
                treatments.findFirstByStateAndPositionLessThanOrderByPositionDesc(
                        PageState.PUBLISHED, treatment.position()).map(TreatmentLink::of),
                treatments.findFirstByStateAndPositionGreaterThanOrderByPositionAsc(
                        PageState.PUBLISHED, treatment.position()).map(TreatmentLink::of)));
    }

    /** Every published treatment in catalogue order. */
    public List<TreatmentLink> publishedCatalogue() {
        return treatments.findByStateOrderByPosition(PageState.PUBLISHED).stream().map(TreatmentLink::of).toList();
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

    /** The title of the published page at this slug, without the rest of the page. */
    public Optional<String> publishedTitle(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return treatments.findTitleBySlugAndState(slug, PageState.PUBLISHED);
    }

    public long count() {
        return treatments.count();
    }

    /** Adds a draft to the end of the catalogue under a slug no other page holds. */
    @Transactional
    public TreatmentRow create(@Valid NewTreatment draft) {
        var now = clock.instant();
        var treatment = new Treatment(Slug.unique(draft.title(), treatments::existsBySlug), draft.title().strip(),
                draft.summary().strip(), treatments.lastPosition() + 1, now);
        treatment.replaceContent(draft.sections(), draft.faqs(), now);
        treatment.describeForSearchEngines(draft.seoTitle(), draft.seoDescription(), now);
        return TreatmentRow.of(treatments.save(treatment));
    }

    @Transactional
    public void publish(long treatmentId) {
        treatments.findById(treatmentId)
                .orElseThrow(() -> new IllegalArgumentException("No treatment " + treatmentId))
                .publish(clock.instant());
    }
}
