package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.markdown.MarkdownRenderer;

/** How editors change condition pages: the {@linkplain PageEditing workflow} every kind of page shares. */
@Service
public class ConditionEditing extends PageEditing<Condition, ConditionRevision, ConditionContent> {

    public static final String AUDIT_TARGET = "condition";

    private final ConditionRepository conditions;
    private final TreatmentRepository treatments;
    private final MarkdownRenderer markdown;

    ConditionEditing(Services services, ConditionRevisionRepository revisions, ConditionRepository conditions,
            TreatmentRepository treatments, MarkdownRenderer markdown) {
        super(services, revisions);
        this.conditions = conditions;
        this.treatments = treatments;
        this.markdown = markdown;
    }

    /** Adds a page to the end of the list, as a draft under an address no other condition holds; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long create(@Valid NewCondition page) {
        var actor = audit.actor();
        var condition = addDraft(page, writer(actor));
        audit.record(actor, AuditAction.PAGE_CREATED, AUDIT_TARGET, condition.id(), Map.of());
        return condition.id();
    }

    /** Adds a page with its first revision as a draft; for the platform's own use too (demo content). */
    Condition addDraft(NewCondition page, PageRevision.Writer writer) {
        // two editors adding "Knee pain" at once must end up with two slugs and two positions, not an error
        locks.lockUntilCommit(AUDIT_TARGET);
        var now = clock.instant();
        var slug = Slug.unique(page.name(), candidate -> conditions.existsBySlug(candidate)
                || revisions.slugOpenElsewhere(0, candidate));
        var content = new ConditionContent(page.name().strip(), slug, page.summary().strip(), page.description(),
                page.seoTitle(), page.seoDescription(), null);
        var condition = conditions.save(new Condition(slug, page, markdown.toPlainText(page.description()),
                conditions.lastPosition() + 1, now));
        revisions.save(new ConditionRevision(condition.id(), 1, null, content, writer, now));
        return condition;
    }

    @Override
    PageKind kind() {
        return PageKind.CONDITION;
    }

    @Override
    String auditTarget() {
        return AUDIT_TARGET;
    }

    @Override
    Optional<Condition> findPage(long pageId) {
        return conditions.findById(pageId);
    }

    @Override
    Optional<Condition> lockPage(long pageId) {
        return conditions.findForUpdate(pageId);
    }

    @Override
    List<Condition> inOrder() {
        return conditions.findAllByOrderByPosition();
    }

    @Override
    boolean slugHeldElsewhere(String slug, long pageId) {
        return conditions.existsBySlugAndIdNot(slug, pageId);
    }

    @Override
    ConditionRevision newRevision(long pageId, int number, Integer basedOn, ConditionContent content,
            PageRevision.Writer writer, Instant now) {
        return new ConditionRevision(pageId, number, basedOn, content, writer, now);
    }

    @Override
    void copyLive(Condition page, ConditionContent content, Long heroImage, Instant now) {
        page.goLive(content, heroImage, markdown.toPlainText(content.description()), now);
    }

    @Override
    void nameDraft(Condition page, ConditionContent content, Instant now) {
        page.nameDraft(content.name(), content.slug(), now);
    }

    @Override
    ConditionContent contentOf(Condition page) {
        var hero = Optional.ofNullable(page.heroImageId()).flatMap(images::byId)
                .map(image -> new HeroImage(image.key(), page.heroAlt())).orElse(null);
        return new ConditionContent(page.name(), page.slug(), page.summary(), page.description(), page.ownSeoTitle(),
                page.ownSeoDescription(), hero);
    }

    /** The treatment pages addressing this condition link it by its name, when it is published. */
    @Override
    void touchRelated(Condition page, Instant now) {
        treatments.findAddressingAnyState(page.id()).forEach(treatment -> treatment.changed(now));
    }

    @Override
    List<String> lines(ConditionContent content) {
        var lines = new ArrayList<String>();
        lines.add("Name: " + content.name());
        lines.add("Address: /conditions/" + content.slug());
        lines.addAll(ContentLines.common(content));
        lines.add("");
        lines.add("Description:");
        lines.addAll(content.description().lines().toList());
        return lines;
    }
}
