package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.markdown.MarkdownRenderer;

/** How editors change treatment pages: the {@linkplain PageEditing workflow} every kind of page shares. */
@Service
public class TreatmentEditing extends PageEditing<Treatment, TreatmentRevision, TreatmentContent> {

    public static final String AUDIT_TARGET = "treatment";

    private final TreatmentRepository treatments;
    private final ConditionRepository conditions;
    private final MarkdownRenderer markdown;

    TreatmentEditing(Services services, TreatmentRevisionRepository revisions, TreatmentRepository treatments,
            ConditionRepository conditions, MarkdownRenderer markdown) {
        super(services, revisions);
        this.treatments = treatments;
        this.conditions = conditions;
        this.markdown = markdown;
    }

    /** Adds a page to the end of the catalogue, as a draft under an address no other page holds; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long create(@Valid NewTreatment page) {
        var actor = audit.actor();
        var treatment = addDraft(page, writer(actor));
        audit.record(actor, AuditAction.PAGE_CREATED, AUDIT_TARGET, treatment.id(),
                Map.of());
        return treatment.id();
    }

    /**
     * Adds a page with its first revision as a draft. For the platform's own use too (demo content), hence no role
     * check here: {@link #create} and {@link TreatmentService#create} are the doors.
     */
    Treatment addDraft(NewTreatment page, PageRevision.Writer writer) {
        // two editors adding a page at once must end up with two slugs and two positions, not an error
        locks.lockUntilCommit(AUDIT_TARGET);
        var now = clock.instant();
        var slug = Slug.unique(page.title(), candidate -> treatments.existsBySlug(candidate)
                || revisions.slugOpenElsewhere(0, candidate));
        var content = new TreatmentContent(page.title().strip(), slug, page.summary().strip(), page.sections(),
                page.faqs(), List.of(), page.seoTitle(), page.seoDescription(), null);
        var treatment = new Treatment(slug, content.title(), content.summary(), treatments.lastPosition() + 1, now);
        treatment.replaceContent(content.sections(), content.faqs(), searchText(content), now);
        treatment.describeForSearchEngines(page.seoTitle(), page.seoDescription(), now);
        treatments.save(treatment);
        revisions.save(new TreatmentRevision(treatment.id(), 1, null, content, writer, now));
        return treatment;
    }

    /** Every condition, in the order the site lists them, to pick those a page addresses. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<ConditionOption> conditionOptions() {
        return conditions.findAllByOrderByPosition().stream().map(ConditionOption::of).toList();
    }

    @Override
    PageKind kind() {
        return PageKind.TREATMENT;
    }

    @Override
    String auditTarget() {
        return AUDIT_TARGET;
    }

    @Override
    Optional<Treatment> findPage(long pageId) {
        return treatments.findById(pageId);
    }

    @Override
    Optional<Treatment> lockPage(long pageId) {
        return treatments.findForUpdate(pageId);
    }

    @Override
    List<Treatment> inOrder() {
        return treatments.findAllByOrderByPosition();
    }

    @Override
    boolean slugHeldElsewhere(String slug, long pageId) {
        return treatments.existsBySlugAndIdNot(slug, pageId);
    }

    @Override
    TreatmentRevision newRevision(long pageId, int number, Integer basedOn, TreatmentContent content,
            PageRevision.Writer writer, Instant now) {
        return new TreatmentRevision(pageId, number, basedOn, content, writer, now);
    }

    @Override
    void copyLive(Treatment page, TreatmentContent content, Long heroImage, Instant now) {
        page.goLive(content, conditions.findAllById(content.conditionIds()), heroImage, searchText(content), now);
    }

    @Override
    void nameDraft(Treatment page, TreatmentContent content, Instant now) {
        page.nameDraft(content.title(), content.slug(), now);
    }

    @Override
    TreatmentContent contentOf(Treatment page) {
        var hero = Optional.ofNullable(page.heroImageId()).flatMap(images::byId)
                .map(image -> new HeroImage(image.key(), page.heroAlt())).orElse(null);
        return new TreatmentContent(page.title(), page.slug(), page.summary(), page.sections(), page.faqs(),
                page.conditions().stream().map(Condition::id).sorted().toList(), page.ownSeoTitle(),
                page.ownSeoDescription(), hero);
    }

    /** The condition pages listing this treatment show its title and summary, and whether it is published at all. */
    @Override
    void touchRelated(Treatment page, Instant now) {
        page.conditions().forEach(condition -> condition.changed(now));
    }

    @Override
    void requirePublishable(TreatmentContent content) {
        if (content.sections().isEmpty()) {
            throw new PublishingRuleException("A page needs at least one section before it goes live.");
        }
    }

    @Override
    List<String> lines(TreatmentContent content) {
        var names = new HashMap<Long, String>();
        conditions.findAll().forEach(condition -> names.put(condition.id(), condition.name()));
        return ContentLines.of(content, names);
    }

    /** Headings, bodies, questions and answers without their Markdown, one after another: what search indexes. */
    private String searchText(TreatmentContent content) {
        var text = new StringJoiner("\n");
        content.sections().forEach(section -> text.add(section.heading()).add(markdown.toPlainText(section.body())));
        content.faqs().forEach(faq -> text.add(faq.question()).add(markdown.toPlainText(faq.answer())));
        return text.toString();
    }
}
