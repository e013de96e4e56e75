package com.clinicplatform.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.StoredImage;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.system.DatabaseLocks;

/**
 * How editors change treatment pages safely. Each change is a revision beside the live one: saved as a draft,
 * previewed through a signed link, approved by someone other than its writers while the installation asks for that,
 * and published at once or at a set time — which copies it into the page tables the public site reads, whose triggers
 * tell every public-site instance within moments. Every step names the revision it started from ({@link
 * RevisionSummary.Head}), so two editors never overwrite each other unseen; and steps on one page take its row's lock,
 * so they happen one after another.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class TreatmentEditing {

    static final String AUDIT_TARGET = "treatment";

    private static final Logger log = LoggerFactory.getLogger(TreatmentEditing.class);

    private static final EnumSet<RevisionState> OPEN =
            EnumSet.of(RevisionState.DRAFT, RevisionState.AWAITING_APPROVAL, RevisionState.SCHEDULED);

    private final TreatmentRepository treatments;
    private final TreatmentRevisionRepository revisions;
    private final ConditionRepository conditions;
    private final PageImages images;
    private final SlugRedirects redirects;
    private final PagePreviews previews;
    private final PublishingSettings settings;
    private final MarkdownRenderer markdown;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final DatabaseLocks locks;
    private final Validator validator;
    private final Clock clock;

    TreatmentEditing(TreatmentRepository treatments, TreatmentRevisionRepository revisions,
            ConditionRepository conditions, PageImages images, SlugRedirects redirects, PagePreviews previews,
            PublishingSettings settings, MarkdownRenderer markdown, AccountService accounts, AuditTrail audit,
            DatabaseLocks locks, Validator validator, Clock clock) {
        this.treatments = treatments;
        this.revisions = revisions;
        this.conditions = conditions;
        this.images = images;
        this.redirects = redirects;
        this.previews = previews;
        this.settings = settings;
        this.markdown = markdown;
        this.accounts = accounts;
        this.audit = audit;
        this.locks = locks;
        this.validator = validator;
        this.clock = clock;
    }

    /** The page as its editor works on it; empty for an id no page has. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<TreatmentEdit> open(long treatmentId) {
        return treatments.findById(treatmentId).map(this::edit);
    }

    /** Adds a page to the end of the catalogue, as a draft under an address no other page holds; returns its id. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long create(@Valid NewTreatment page) {
        var actor = audit.actor();
        var treatment = addDraft(page, writer(actor));
        audit.record(actor, AuditAction.PAGE_CREATED, AUDIT_TARGET, treatment.id(), Map.of());
        return treatment.id();
    }

    /**
     * Adds a page with its first revision as a draft. For the platform's own use too (demo content), hence no role
     * check here: {@link #create} and {@link TreatmentService#create} are the doors.
     */
    Treatment addDraft(NewTreatment page, PageRevision.Writer writer) {
        // two editors adding a page at once must end up with two slugs and two positions, not an error
        locks.lockUntilCommit("treatment");
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

    /**
     * Saves the editor's content as the page's draft: the open revision when there is one (a revision waiting for
     * approval or its time goes back to being a draft, to be approved afresh), else a new revision started from the
     * live one. The address is normalised by the slug rule first, and refused when another page holds it.
     *
     * @throws ConstraintViolationException naming each field that is wrong
     * @throws SlugTakenException when another page holds or is about to take the address
     * @throws PageChangedMeanwhileException when the page's head is no longer {@code expected}
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit save(long treatmentId, RevisionSummary.Head expected, TreatmentContent content) {
        var normalised = content.withSlug(Slug.of(Objects.requireNonNullElse(
                content.slug() == null || content.slug().isBlank() ? content.title() : content.slug(), "")));
        var violations = validator.validate(normalised);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var treatment = lock(treatmentId);
        var head = head(treatmentId, expected);
        if (treatments.existsBySlugAndIdNot(normalised.slug(), treatmentId)
                || revisions.slugOpenElsewhere(treatmentId, normalised.slug())) {
            throw new SlugTakenException(normalised.slug());
        }
        var actor = audit.actor();
        var now = clock.instant();
        var writer = writer(actor);
        TreatmentRevision draft;
        if (head.state().isOpen()) {
            draft = head;
            draft.write(normalised, writer, now);
        } else {
            draft = revisions.save(new TreatmentRevision(treatmentId, head.number() + 1, head.number(), normalised,
                    writer, now));
        }
        if (treatment.publishedAt() == null) {
            treatment.nameDraft(normalised.title(), normalised.slug(), now);
        }
        settle(treatment, now);
        audit.record(actor, AuditAction.PAGE_DRAFT_SAVED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(draft.number())));
        return edit(treatment);
    }

    /**
     * Copies an earlier revision's content into the draft (the page keeps its present address), which then goes the
     * usual way: approved, if the installation asks for that, and published.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit restore(long treatmentId, int number, RevisionSummary.Head expected) {
        var earlier = revisions.findByTreatmentIdAndNumber(treatmentId, number)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + number + "."));
        var current = head(treatmentId, expected).content();
        var edit = save(treatmentId, expected, earlier.content().withSlug(current.slug()));
        audit.record(AuditAction.PAGE_REVISION_RESTORED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(number), "into", Integer.toString(edit.head().number())));
        return edit;
    }

    /**
     * Asks for the draft to be approved, to go live once approved or at {@code publishAt} (null: at once).
     * Possible whatever the switch says: an editor may want a second pair of eyes anyway.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit submit(long treatmentId, RevisionSummary.Head expected, Instant publishAt) {
        var treatment = lock(treatmentId);
        var draft = open(treatmentId, expected);
        if (draft.state() != RevisionState.DRAFT) {
            throw new PublishingRuleException("This change is already waiting for approval or its time.");
        }
        requirePublishable(draft.content());
        var now = clock.instant();
        draft.submit(laterThan(publishAt, now), now);
        settle(treatment, now);
        audit.record(AuditAction.PAGE_SUBMITTED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(draft.number())));
        return edit(treatment);
    }

    /** Declines a change waiting for approval: it goes back to being a draft for its writers to work on. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public TreatmentEdit sendBack(long treatmentId, RevisionSummary.Head expected) {
        var treatment = lock(treatmentId);
        var waiting = open(treatmentId, expected);
        if (waiting.state() != RevisionState.AWAITING_APPROVAL) {
            throw new PublishingRuleException("This change is not waiting for approval.");
        }
        var now = clock.instant();
        waiting.sendBack(now);
        settle(treatment, now);
        audit.record(AuditAction.PAGE_SENT_BACK, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(waiting.number())));
        return edit(treatment);
    }

    /**
     * Approves a change waiting for approval, by someone who did not write it: it goes live at once, or at the time
     * its writer asked for.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public TreatmentEdit approve(long treatmentId, RevisionSummary.Head expected) {
        var treatment = lock(treatmentId);
        var waiting = open(treatmentId, expected);
        if (waiting.state() != RevisionState.AWAITING_APPROVAL) {
            throw new PublishingRuleException("This change is not waiting for approval.");
        }
        var actor = audit.actor();
        if (actor.accountId() == null || waiting.writtenBy(actor.accountId())) {
            throw new PublishingRuleException("You wrote part of this change, so someone else must approve it.");
        }
        var now = clock.instant();
        var name = accounts.signatureOf(actor);
        waiting.approve(name, now);
        audit.record(actor, AuditAction.PAGE_APPROVED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(waiting.number())));
        release(treatment, waiting, waiting.publishAt(), name, actor, now);
        return edit(treatment);
    }

    /**
     * Publishes the open revision at once, or schedules it for {@code publishAt} — only while no approval is needed;
     * otherwise the change must be {@link #submit submitted} and {@link #approve approved}.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit publish(long treatmentId, RevisionSummary.Head expected, Instant publishAt) {
        var treatment = lock(treatmentId);
        var draft = open(treatmentId, expected);
        if (settings.pagesNeedApproval()) {
            throw new PublishingRuleException(
                    "Changes to pages need approval here: ask for it, and the change goes live once approved.");
        }
        if (draft.state() == RevisionState.SCHEDULED) {
            throw new PublishingRuleException("This change is already scheduled.");
        }
        requirePublishable(draft.content());
        var actor = audit.actor();
        var now = clock.instant();
        release(treatment, draft, publishAt, accounts.signatureOf(actor), actor, now);
        return edit(treatment);
    }

    /** A scheduled change back to a draft: it will not go live until it is published (or approved) again. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit unschedule(long treatmentId, RevisionSummary.Head expected) {
        var treatment = lock(treatmentId);
        var scheduled = open(treatmentId, expected);
        if (scheduled.state() != RevisionState.SCHEDULED) {
            throw new PublishingRuleException("This change is not scheduled.");
        }
        var now = clock.instant();
        scheduled.written(writer(audit.actor()), now);
        settle(treatment, now);
        audit.record(AuditAction.PAGE_DRAFT_SAVED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(scheduled.number()), "unscheduled", "true"));
        return edit(treatment);
    }

    /**
     * Takes the page off the website: its live revision becomes history, and its address answers "not found" until a
     * revision is published again. Needs no approval: it puts no new words before the public.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit unpublish(long treatmentId) {
        var treatment = lock(treatmentId);
        var live = revisions.findByTreatmentIdAndState(treatmentId, RevisionState.LIVE)
                .orElseThrow(() -> new PublishingRuleException("This page is not on the website."));
        var now = clock.instant();
        live.supersede(now);
        revisions.flush();
        settle(treatment, now);
        audit.record(AuditAction.PAGE_UNPUBLISHED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(live.number())));
        return edit(treatment);
    }

    /** Throws the open revision away; a page never published keeps its one draft. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public TreatmentEdit discard(long treatmentId, RevisionSummary.Head expected) {
        var treatment = lock(treatmentId);
        var draft = open(treatmentId, expected);
        if (revisions.findByTreatmentIdOrderByNumberDesc(treatmentId).size() == 1) {
            throw new PublishingRuleException("This is the page's only revision: there is nothing to go back to.");
        }
        var now = clock.instant();
        revisions.delete(draft);
        revisions.flush();
        settle(treatment, now);
        audit.record(AuditAction.PAGE_DRAFT_DISCARDED, AUDIT_TARGET, treatmentId,
                Map.of("revision", Integer.toString(draft.number())));
        return edit(treatment);
    }

    /** Every revision of the page, newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<RevisionSummary> history(long treatmentId) {
        return revisions.findByTreatmentIdOrderByNumberDesc(treatmentId).stream()
                .map(PageRevision::summary)
                .toList();
    }

    /** What one revision of the page held. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<TreatmentContent> content(long treatmentId, int number) {
        return revisions.findByTreatmentIdAndNumber(treatmentId, number).map(TreatmentRevision::content);
    }

    /** What changed from one revision of the page to another, line by line and word by word. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public RevisionDiff diff(long treatmentId, int from, int to) {
        var names = conditionNames();
        var before = content(treatmentId, from)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + from + "."));
        var after = content(treatmentId, to)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + to + "."));
        return RevisionDiff.between(from, ContentLines.of(before, names), to, ContentLines.of(after, names));
    }

    /** Every condition, in the order the site lists them, to pick those a page addresses. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<ConditionOption> conditionOptions() {
        return conditions.findAllByOrderByPosition().stream().map(ConditionOption::of).toList();
    }

    /**
     * Moves the page to {@code newPosition} (1 is first) in the catalogue, whose order gives every published page its
     * previous and next. Takes effect at once, without approval: it changes no page's words. The pages whose
     * neighbours change count as changed, so the sitemap tells search engines to look again.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void move(long treatmentId, int newPosition) {
        locks.lockUntilCommit("treatment");
        var order = new ArrayList<>(treatments.findAllByOrderByPosition());
        var moving = order.stream().filter(t -> t.id() == treatmentId).findFirst()
                .orElseThrow(() -> new PublishingRuleException("There is no such page."));
        var before = neighbours(order);
        order.remove(moving);
        order.add(Math.clamp(newPosition - 1, 0, order.size()), moving);
        var after = neighbours(order);
        var now = clock.instant();
        for (int i = 0; i < order.size(); i++) {
            var page = order.get(i);
            if (page.position() != i + 1) {
                page.moveTo(i + 1, now);
            } else if (!Objects.equals(before.get(page.id()), after.get(page.id()))) {
                page.changed(now);
            }
        }
        audit.record(AuditAction.PAGES_REORDERED, AUDIT_TARGET, treatmentId,
                Map.of("position", Integer.toString(order.indexOf(moving) + 1)));
    }

    /** Publishes the page's open revision at once, as the platform: demo content and tests. */
    void publishAsPlatform(long treatmentId) {
        var treatment = lock(treatmentId);
        var open = revisions.findByTreatmentIdAndStateIn(treatmentId, OPEN)
                .orElseThrow(() -> new PublishingRuleException("This page has no draft: save one first."));
        goLive(treatment, open, "Clinic Platform", Actor.PLATFORM, clock.instant());
    }

    /**
     * Publishes every scheduled revision whose time has come; returns how many went live. Run by the platform's
     * scheduler, as the platform.
     */
    @Transactional
    public int publishDue() {
        var now = clock.instant();
        int published = 0;
        for (var due : revisions.findByStateAndPublishAtLessThanEqualOrderByPublishAt(RevisionState.SCHEDULED, now)) {
            var treatment = lock(due.treatmentId());
            var name = Objects.requireNonNullElse(due.approvedByName(), "Scheduled publication");
            try {
                goLive(treatment, due, name, Actor.PLATFORM, now);
                published++;
            } catch (SlugTakenException | PublishingRuleException e) {
                // refused before anything changed: the others still go, and this one waits for its editor
                log.warn("Scheduled revision {} of treatment {} cannot go live: {}", due.number(), treatment.id(),
                        e.getMessage());
            }
        }
        return published;
    }

    /** The time it goes live, as a scheduled revision keeps it: none for "at once" or a moment already past. */
    private static Instant laterThan(Instant publishAt, Instant now) {
        return publishAt != null && publishAt.isAfter(now) ? publishAt : null;
    }

    /** Goes live now, or is scheduled for a time to come. */
    private void release(Treatment treatment, TreatmentRevision revision, Instant publishAt, String byName,
            Actor actor, Instant now) {
        var at = laterThan(publishAt, now);
        if (at == null) {
            goLive(treatment, revision, byName, actor, now);
            return;
        }
        revision.schedule(at);
        settle(treatment, now);
        audit.record(actor, AuditAction.PAGE_SCHEDULED, AUDIT_TARGET, treatment.id(),
                Map.of("revision", Integer.toString(revision.number()), "at", at.toString()));
    }

    /** Copies the revision into the page tables the public site reads; the one live before becomes history. */
    private void goLive(Treatment treatment, TreatmentRevision revision, String byName, Actor actor, Instant now) {
        var content = revision.content();
        if (treatments.existsBySlugAndIdNot(content.slug(), treatment.id())) {
            throw new SlugTakenException(content.slug());
        }
        Long heroImage = null;
        if (content.hero() != null) {
            heroImage = images.byKey(content.hero().imageKey()).map(StoredImage::id)
                    .orElseThrow(() -> new PublishingRuleException("The page's picture is missing: choose it again."));
        }
        revisions.findByTreatmentIdAndState(treatment.id(), RevisionState.LIVE).ifPresent(live -> live.supersede(now));
        // the superseded row first: one live revision per page is a unique index
        revisions.flush();
        var previousSlug = treatment.publishedAt() == null ? null : treatment.slug();
        treatment.goLive(content, conditions.findAllById(content.conditionIds()), heroImage, searchText(content), now);
        redirects.moved(PageKind.TREATMENT, treatment.id(), previousSlug, content.slug(), now);
        revision.goLive(byName, now);
        settle(treatment, now);
        audit.record(actor, AuditAction.PAGE_PUBLISHED, AUDIT_TARGET, treatment.id(),
                Map.of("revision", Integer.toString(revision.number())));
    }

    /** The page's state follows its revisions: live, else scheduled, else taken down or never published. */
    private void settle(Treatment treatment, Instant now) {
        var states = revisions.findByTreatmentIdOrderByNumberDesc(treatment.id()).stream()
                .map(PageRevision::state).toList();
        PageState state;
        if (states.contains(RevisionState.LIVE)) {
            state = PageState.PUBLISHED;
        } else if (states.contains(RevisionState.SCHEDULED)) {
            state = PageState.SCHEDULED;
        } else {
            state = treatment.publishedAt() != null ? PageState.UNPUBLISHED : PageState.DRAFT;
        }
        treatment.stateIs(state, now);
    }

    private void requirePublishable(TreatmentContent content) {
        if (content.sections().isEmpty()) {
            throw new PublishingRuleException("A page needs at least one section before it goes live.");
        }
    }

    private Treatment lock(long treatmentId) {
        return treatments.findForUpdate(treatmentId)
                .orElseThrow(() -> new PublishingRuleException("There is no such page."));
    }

    /** The page's head as the editor saw it, or {@link PageChangedMeanwhileException}. */
    private TreatmentRevision head(long treatmentId, RevisionSummary.Head expected) {
        var head = head(treatmentId);
        if (head.number() != expected.number() || head.version() != expected.version()) {
            throw new PageChangedMeanwhileException(head.summary().updatedByName());
        }
        return head;
    }

    private TreatmentRevision open(long treatmentId, RevisionSummary.Head expected) {
        var head = head(treatmentId, expected);
        if (!head.state().isOpen()) {
            throw new PublishingRuleException("This page has no draft: save one first.");
        }
        return head;
    }

    /** The open revision, else the live one, else the latest. */
    private TreatmentRevision head(long treatmentId) {
        return revisions.findByTreatmentIdAndStateIn(treatmentId, OPEN)
                .or(() -> revisions.findByTreatmentIdAndState(treatmentId, RevisionState.LIVE))
                .or(() -> revisions.findFirstByTreatmentIdOrderByNumberDesc(treatmentId))
                .orElseThrow(() -> new IllegalStateException("Treatment " + treatmentId + " has no revision"));
    }

    private TreatmentEdit edit(Treatment treatment) {
        var head = head(treatment.id());
        var live = revisions.findByTreatmentIdAndState(treatment.id(), RevisionState.LIVE)
                .map(PageRevision::summary);
        var accountId = audit.actor().accountId();
        boolean mayApprove = head.state() == RevisionState.AWAITING_APPROVAL && accountId != null
                && !head.writtenBy(accountId);
        return new TreatmentEdit(treatment.id(), treatment.state(), treatment.position(), treatment.slug(),
                head.content(), head.summary(), live, settings.pagesNeedApproval(), mayApprove,
                previews.sign(new PagePreviews.Preview(PageKind.TREATMENT, head.id())));
    }

    private PageRevision.Writer writer(Actor actor) {
        return new PageRevision.Writer(actor.accountId(), accounts.signatureOf(actor));
    }

    private Map<Long, String> conditionNames() {
        var names = new HashMap<Long, String>();
        conditions.findAll().forEach(condition -> names.put(condition.id(), condition.name()));
        return names;
    }

    /** Each page's previous and next among the published pages in this order. */
    private static Map<Long, List<Long>> neighbours(List<Treatment> order) {
        var published = order.stream().filter(t -> t.state() == PageState.PUBLISHED).toList();
        var result = new HashMap<Long, List<Long>>();
        for (int i = 0; i < published.size(); i++) {
            var previous = i > 0 ? published.get(i - 1).id() : null;
            var next = i + 1 < published.size() ? published.get(i + 1).id() : null;
            result.put(published.get(i).id(), Arrays.asList(previous, next));
        }
        return result;
    }

    /** Headings, bodies, questions and answers without their Markdown, one after another: what search indexes. */
    String searchText(TreatmentContent content) {
        var text = new StringJoiner("\n");
        content.sections().forEach(section -> text.add(section.heading()).add(markdown.toPlainText(section.body())));
        content.faqs().forEach(faq -> text.add(faq.question()).add(markdown.toPlainText(faq.answer())));
        return text.toString();
    }
}
