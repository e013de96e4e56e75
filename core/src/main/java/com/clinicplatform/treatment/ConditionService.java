package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.HashMap;
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

import com.clinicplatform.image.PageImages;

@Service
@Validated
@Transactional(readOnly = true)
public class ConditionService {

    private final ConditionRepository conditions;
    private final ConditionRevisionRepository revisions;
    private final TreatmentRepository treatments;
    private final ConditionEditing editing;
    private final SlugRedirects redirects;
    private final PageImages images;
    private final PagePreviews previews;

    ConditionService(ConditionRepository conditions, ConditionRevisionRepository revisions,
            TreatmentRepository treatments, ConditionEditing editing, SlugRedirects redirects, PageImages images,
            PagePreviews previews) {
        this.previews = previews;
        this.conditions = conditions;
        this.revisions = revisions;
        this.treatments = treatments;
        this.editing = editing;
        this.redirects = redirects;
        this.images = images;
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
        return conditions.findBySlugAndState(slug, PageState.PUBLISHED).map(condition -> page(condition.id(),
                new ConditionContent(condition.name(), condition.slug(), condition.summary(),
                        condition.description(), condition.searchTitle(), condition.searchDescription(), null),
                condition.updatedAt(), Optional.ofNullable(condition.heroImageId()).flatMap(images::byId)
                        .map(image -> new PageHero(image, condition.heroAlt()))));
    }

    /**
     * The page a revision would make, exactly as the public site would show it once published, for whoever holds a
     * preview token the console signed; empty for any other text, and once the token has expired.
     */
    public Optional<ConditionPage> preview(String token) {
        return previews.verify(token).filter(preview -> preview.kind() == PageKind.CONDITION)
                .flatMap(preview -> revisions.findById(preview.revisionId())).map(revision -> {
            var content = revision.content();
            return page(revision.pageId(), content, revision.summary().updatedAt(),
                    Optional.ofNullable(content.hero()).flatMap(hero -> images.byKey(hero.imageKey())
                            .map(image -> new PageHero(image, hero.alt()))));
        });
    }

    /** Where the published page that once lived at {@code oldSlug} lives now, for a permanent redirect. */
    public Optional<String> movedTo(String oldSlug) {
        return redirects.currentSlug(PageKind.CONDITION, oldSlug);
    }

    private ConditionPage page(long id, ConditionContent content, Instant updatedAt,
            Optional<PageHero> hero) {
        return new ConditionPage(
                content.slug(),
                content.name(),
                content.summary(),
                content.description(),
                Optional.ofNullable(content.seoTitle()).filter(t -> !t.isBlank()).orElse(content.name()),
                Optional.ofNullable(content.seoDescription()).filter(d -> !d.isBlank()).orElse(content.summary()),
                updatedAt,
                treatments.findAddressing(id, PageState.PUBLISHED).stream().map(TreatmentLink::of).toList(),
                hero);
    }

    /** One page of all conditions, whatever their state, sorted and paged by the database, for the console. */
    public Page<PageRow> page(Pageable pageable) {
        var stable = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().and(Sort.by("id")));
        var page = conditions.findAllBy(stable);
        var open = new HashMap<Long, ConditionRevision>();
        revisions.findByStateIn(RevisionRepository.OPEN).forEach(revision -> open.put(revision.pageId(), revision));
        return page.map(condition -> PageRow.of(condition, open.get(condition.id())));
    }

    public long count() {
        return conditions.count();
    }

    /**
     * Adds a draft condition to the end of the list under a slug no other condition holds, as the platform: for the
     * demo content and tests; returns its slug. Editors add pages through {@link ConditionEditing#create}.
     */
    @Transactional
    public String create(@Valid NewCondition draft) {
        return editing.addDraft(draft, PageEditing.PLATFORM).slug();
    }

    /** Publishes the condition's open revision as the platform, with no approval: for the demo content and tests. */
    @Transactional
    public void publish(String slug) {
        var condition = conditions.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No condition " + slug));
        editing.publishAsPlatform(condition.id());
    }
}
