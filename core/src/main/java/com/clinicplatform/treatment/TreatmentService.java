package com.clinicplatform.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.image.PageImages;

@Service
@Validated
@Transactional(readOnly = true)
public class TreatmentService {

    /** How many other treatments a page suggests. */
    static final int RELATED_LIMIT = 3;

    private final TreatmentRepository treatments;
    private final TreatmentRevisionRepository revisions;
    private final ConditionRepository conditions;
    private final TreatmentEditing editing;
    private final SlugRedirects redirects;
    private final PageImages images;
    private final PagePreviews previews;
    private final Clock clock;

    TreatmentService(TreatmentRepository treatments, TreatmentRevisionRepository revisions,
            ConditionRepository conditions, TreatmentEditing editing, SlugRedirects redirects, PageImages images,
            PagePreviews previews, Clock clock) {
        this.previews = previews;
        this.treatments = treatments;
        this.revisions = revisions;
        this.conditions = conditions;
        this.editing = editing;
        this.redirects = redirects;
        this.images = images;
        this.clock = clock;
    }

    /** The published page at this slug with its previous and next published pages; empty for any other slug. */
    public Optional<TreatmentPage> publishedPage(String slug) {
        if (!Slug.isWellFormed(slug)) {
            return Optional.empty();
        }
        return treatments.findBySlugAndState(slug, PageState.PUBLISHED).map(treatment -> page(treatment.id(),
                treatment.position(), new TreatmentContent(treatment.title(), treatment.slug(), treatment.summary(),
                        treatment.sections(), treatment.faqs(), List.of(), treatment.searchTitle(),
                        treatment.searchDescription(), null),
                treatment.conditions(), treatment.updatedAt(), hero(treatment.heroImageId(), treatment.heroAlt())));
    }

    /**
     * The page a revision would make, exactly as the public site would show it once published — among today's
     * published pages — for whoever holds a preview token the console signed; empty for any other text, and once the
     * token has expired.
     */
    public Optional<TreatmentPage> preview(String token) {
        return previews.verify(token).filter(preview -> preview.kind() == PageKind.TREATMENT)
                .flatMap(preview -> revisions.findById(preview.revisionId()))
                .flatMap(revision -> treatments.findById(revision.pageId())
                .map(treatment -> {
                    var content = revision.content();
                    return page(treatment.id(), treatment.position(), content,
                            conditions.findAllById(content.conditionIds()), revision.summary().updatedAt(),
                            Optional.ofNullable(content.hero()).flatMap(hero -> images.byKey(hero.imageKey())
                                    .map(image -> new PageHero(image, hero.alt()))));
                }));
    }

    /** Where the published page that once lived at {@code oldSlug} lives now, for a permanent redirect. */
    public Optional<String> movedTo(String oldSlug) {
        return redirects.currentSlug(PageKind.TREATMENT, oldSlug);
    }

    private TreatmentPage page(long id, int position, TreatmentContent content, Collection<Condition> addressed,
            Instant updatedAt, Optional<PageHero> hero) {
        var previous = treatments.findFirstByStateAndPositionLessThanOrderByPositionDesc(
                PageState.PUBLISHED, position).filter(other -> other.id() != id).map(TreatmentLink::of);
        var next = treatments.findFirstByStateAndPositionGreaterThanOrderByPositionAsc(
                PageState.PUBLISHED, position).filter(other -> other.id() != id).map(TreatmentLink::of);
        // the pager already links the neighbours: related pages are the others
        var neighbours = Stream.of(previous, next).flatMap(Optional::stream).map(TreatmentLink::slug).toList();
        var conditionIds = addressed.stream().map(Condition::id).toList();
        return new TreatmentPage(
                content.slug(),
                content.title(),
                content.summary(),
                Optional.ofNullable(content.seoTitle()).filter(t -> !t.isBlank()).orElse(content.title()),
                Optional.ofNullable(content.seoDescription()).filter(d -> !d.isBlank()).orElse(content.summary()),
                content.sections(),
                content.faqs(),
                updatedAt,
                previous,
                next,
                addressed.stream()
                        .filter(condition -> condition.state() == PageState.PUBLISHED)
                        .sorted(Comparator.comparingInt(Condition::position))
                        .map(ConditionLink::of)
                        .toList(),
                conditionIds.isEmpty() ? List.of() : treatments.findRelated(id, conditionIds, PageState.PUBLISHED,
                                PageRequest.of(0, RELATED_LIMIT + 2))
                        .stream()
                        .map(TreatmentLink::of)
                        .filter(related -> !neighbours.contains(related.slug()))
                        .limit(RELATED_LIMIT)
                        .toList(),
                hero);
    }

    private Optional<PageHero> hero(Long imageId, String alt) {
        return Optional.ofNullable(imageId).flatMap(images::byId).map(image -> new PageHero(image, alt));
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
    public Page<PageRow> page(Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
        var page = treatments.findAllBy(stable);
        var open = new HashMap<Long, TreatmentRevision>();
        revisions.findByStateIn(RevisionRepository.OPEN).forEach(revision -> open.put(revision.pageId(), revision));
        return page.map(treatment -> PageRow.of(treatment, open.get(treatment.id())));
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

    /**
     * Adds a draft page to the end of the catalogue under a slug no other page holds, as the platform: for the demo
     * content and tests. Editors add pages through {@link TreatmentEditing#create}.
     */
    @Transactional
    public PageRow create(@Valid NewTreatment draft) {
        var treatment = editing.addDraft(draft, PageEditing.PLATFORM);
        return PageRow.of(treatment, null);
    }

    /** Publishes the page's open revision as the platform, with no approval: for the demo content and tests. */
    @Transactional
    public void publish(long treatmentId) {
        editing.publishAsPlatform(treatmentId);
    }

    /**
     * Sets the conditions the treatment addresses, named by their slugs, in its live and open revisions alike: for the
     * demo content, which links pages published before the conditions existed. A slug no condition holds is an error.
     */
    @Transactional
    public void setConditions(long treatmentId, List<String> conditionSlugs) {
        var found = conditions.findBySlugIn(conditionSlugs);
        if (found.size() != Set.copyOf(conditionSlugs).size()) {
            throw new IllegalArgumentException("Unknown condition among " + conditionSlugs);
        }
        find(treatmentId).addresses(found, clock.instant());
        var ids = found.stream().map(Condition::id).sorted().toList();
        revisions.findByPageIdOrderByNumberDesc(treatmentId).stream()
                .filter(revision -> revision.state() == RevisionState.LIVE || revision.state().isOpen())
                .forEach(revision -> revision.seedConditions(ids));
    }

    /** The id of the first treatment in the catalogue with exactly this title, whatever its state. */
    public Optional<Long> idByTitle(String title) {
        return treatments.findFirstByTitleOrderByPosition(title).map(Treatment::id);
    }

    private Treatment find(long treatmentId) {
        return treatments.findById(treatmentId)
                .orElseThrow(() -> new IllegalArgumentException("No treatment " + treatmentId));
    }
}
