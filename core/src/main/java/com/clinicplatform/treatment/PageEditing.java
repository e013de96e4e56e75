package com.clinicplatform.treatment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.image.StoredImage;
import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.system.DatabaseLocks;

/**
 * How editors change a kind of page safely. Each change is a revision beside the live one: saved as a draft,
 * previewed through a signed link, approved by someone other than its writers while the installation asks for that,
 * and published at once or at a set time — which copies it into the page tables the public site reads, whose triggers
 * tell every public-site instance within moments. Every step names the revision it started from ({@link
 * RevisionSummary.Head}), so two editors never overwrite each other unseen; and steps on one page take its row's lock,
 * so they happen one after another. Each kind of page says how its content reaches its tables.
 *
 * @param <P> the kind of page
 * @param <R> its revisions
 * @param <C> their content
 */
@Validated
@Transactional(readOnly = true)
public abstract class PageEditing<P extends CataloguePage, R extends PageRevision<C>, C extends PageContent<C>> {

    private static final Logger log = LoggerFactory.getLogger(PageEditing.class);

    /** Who the history names for what the platform itself did: demo content, scheduled publication. */
    static final PageRevision.Writer PLATFORM = new PageRevision.Writer(null, "Clinic Platform");

    final RevisionRepository<R> revisions;
    final PageImages images;
    final SlugRedirects redirects;
    final PagePreviews previews;
    final PublishingSettings settings;
    final AccountService accounts;
    final AuditTrail audit;
    final DatabaseLocks locks;
    final Validator validator;
    final Clock clock;
    /** The scheduled job's: one transaction per page, so one page's trouble holds up no other. */
    private final TransactionTemplate transactions;

    PageEditing(Services services, RevisionRepository<R> revisions) {
        this.transactions = new TransactionTemplate(services.transactionManager());
        this.revisions = revisions;
        this.images = services.images();
        this.redirects = services.redirects();
        this.previews = services.previews();
        this.settings = services.settings();
        this.accounts = services.accounts();
        this.audit = services.audit();
        this.locks = services.locks();
        this.validator = services.validator();
        this.clock = services.clock();
    }

    /** What every kind's editing needs besides its own tables. */
    @Component
    record Services(PageImages images, SlugRedirects redirects, PagePreviews previews, PublishingSettings settings,
            AccountService accounts, AuditTrail audit, DatabaseLocks locks, Validator validator, Clock clock,
            PlatformTransactionManager transactionManager) {
    }

    abstract PageKind kind();

    /** The audit trail's name for this kind of page. */
    abstract String auditTarget();

    abstract Optional<P> findPage(long pageId);

    /** The page, locked until the transaction ends. */
    abstract Optional<P> lockPage(long pageId);

    /** Every page of the kind in the site's order. */
    abstract List<P> inOrder();

    /** Whether another page of the kind holds this address now. */
    abstract boolean slugHeldElsewhere(String slug, long pageId);

    abstract R newRevision(long pageId, int number, Integer basedOn, C content, PageRevision.Writer writer,
            Instant now);

    /** Copies the content into the page's tables, with its picture's image id: the public sees it from now on. */
    abstract void copyLive(P page, C content, Long heroImage, Instant now);

    /** A page never published shows its draft's heading in the console's list, and holds its address. */
    abstract void nameDraft(P page, C content, Instant now);

    /** The content as labelled lines, to compare two revisions. */
    abstract List<String> lines(C content);

    /** What the page tables hold, as content: the first revision of a page an older version added without one. */
    abstract C contentOf(P page);

    /** Marks as changed the pages of other kinds whose own page shows this one (a list of its treatments, say). */
    abstract void touchRelated(P page, Instant now);

    /** Refuses content that may be saved as a draft but cannot go live yet. */
    void requirePublishable(C content) {
        // most content that passes validation may go live
    }

    /** The page as its editor works on it; empty for an id no page has. */
    @Transactional  // a page an older version added gets its first revision here
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<PageEdit<C>> open(long pageId) {
        return findPage(pageId).map(this::edit);
    }

    /**
     * Saves the editor's content as the page's draft: the open revision when there is one (a revision waiting for
     * approval or its time goes back to being a draft, to be approved afresh), else a new revision started from the
     * live one. The address is normalised by the slug rule first (an empty one is made from the heading), and refused
     * when another page holds it.
     *
     * @throws ConstraintViolationException naming each field that is wrong
     * @throws SlugTakenException when another page holds or is about to take the address
     * @throws PageChangedMeanwhileException when the page's head is no longer {@code expected}
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> save(long pageId, RevisionSummary.Head expected, C content) {
        var typed = content.slug() == null || content.slug().isBlank() ? content.heading() : content.slug();
        var normalised = content.withSlug(Slug.of(Objects.requireNonNullElse(typed, "")));
        var violations = validator.validate(normalised);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var page = lock(pageId);
        var head = head(pageId, expected);
        // two editors choosing one address for two pages at once: one after the other, the second refused
        locks.lockUntilCommit(auditTarget());
        if (slugHeldElsewhere(normalised.slug(), pageId) || revisions.slugOpenElsewhere(pageId, normalised.slug())) {
            throw new SlugTakenException(normalised.slug());
        }
        var actor = audit.actor();
        var now = clock.instant();
        R draft;
        if (head.state().isOpen()) {
            draft = head;
            draft.write(normalised, writer(actor), now);
        } else {
            draft = revisions.save(newRevision(pageId, head.number() + 1, head.number(), normalised, writer(actor),
                    now));
        }
        if (page.publishedAt() == null) {
            nameDraft(page, normalised, now);
        }
        settle(page, now);
        audit.record(actor, AuditAction.PAGE_DRAFT_SAVED, auditTarget(), pageId, revision(draft));
        return edit(page);
    }

    /**
     * Copies an earlier revision's content into the draft (the page keeps its present address), which then goes the
     * usual way: approved, if the installation asks for that, and published.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> restore(long pageId, int number, RevisionSummary.Head expected) {
        var earlier = revisions.findByPageIdAndNumber(pageId, number)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + number + "."));
        var current = head(pageId, expected).content();
        var edit = save(pageId, expected, earlier.content().withSlug(current.slug()));
        audit.record(AuditAction.PAGE_REVISION_RESTORED, auditTarget(), pageId,
                Map.of("revision", Integer.toString(number), "into", Integer.toString(edit.head().number())));
        return edit;
    }

    /**
     * Asks for the draft to be approved, to go live once approved or at {@code publishAt} (null: at once). Possible
     * whatever the switch says: an editor may want a second pair of eyes anyway.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> submit(long pageId, RevisionSummary.Head expected, Instant publishAt) {
        var page = lock(pageId);
        var draft = open(pageId, expected);
        if (draft.state() != RevisionState.DRAFT) {
            throw new PublishingRuleException("This change is already waiting for approval or its time.");
        }
        requirePublishable(draft.content());
        var now = clock.instant();
        draft.submit(laterThan(publishAt, now), now);
        return settled(page, draft, AuditAction.PAGE_SUBMITTED, now);
    }

    /** Declines a change waiting for approval: it goes back to being a draft for its writers to work on. */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public PageEdit<C> sendBack(long pageId, RevisionSummary.Head expected) {
        var page = lock(pageId);
        var waiting = awaitingApproval(pageId, expected);
        var now = clock.instant();
        waiting.sendBack(now);
        return settled(page, waiting, AuditAction.PAGE_SENT_BACK, now);
    }

    /**
     * Approves a change waiting for approval, by someone who did not write it: it goes live at once, or at the time
     * its writer asked for.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public PageEdit<C> approve(long pageId, RevisionSummary.Head expected) {
        var page = lock(pageId);
        var waiting = awaitingApproval(pageId, expected);
        var actor = audit.actor();
        if (actor.accountId() == null || waiting.writtenBy(actor.accountId())) {
            throw new PublishingRuleException("You wrote part of this change, so someone else must approve it.");
        }
        var now = clock.instant();
        var name = accounts.signatureOf(actor);
        waiting.approve(name, now);
        audit.record(actor, AuditAction.PAGE_APPROVED, auditTarget(), pageId, revision(waiting));
        release(page, waiting, waiting.publishAt(), name, actor, now);
        return edit(page);
    }

    /**
     * Publishes the open revision at once, or schedules it for {@code publishAt} — only while no approval is needed;
     * otherwise the change must be {@link #submit submitted} and {@link #approve approved}.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> publish(long pageId, RevisionSummary.Head expected, Instant publishAt) {
        var page = lock(pageId);
        var draft = open(pageId, expected);
        if (settings.pagesNeedApproval()) {
            throw new PublishingRuleException(
                    "Changes to pages need approval here: ask for it, and the change goes live once approved.");
        }
        if (draft.state() == RevisionState.SCHEDULED) {
            throw new PublishingRuleException("This change is already scheduled.");
        }
        var now = clock.instant();
        if (publishAt != null && !publishAt.isAfter(now)) {
            throw new PublishingRuleException("That time has passed: choose a time to come, or publish at once.");
        }
        requirePublishable(draft.content());
        var actor = audit.actor();
        release(page, draft, publishAt, accounts.signatureOf(actor), actor, now);
        return edit(page);
    }

    /** A scheduled change back to a draft: it will not go live until it is published (or approved) again. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> unschedule(long pageId, RevisionSummary.Head expected) {
        var page = lock(pageId);
        var scheduled = open(pageId, expected);
        if (scheduled.state() != RevisionState.SCHEDULED) {
            throw new PublishingRuleException("This change is not scheduled.");
        }
        var now = clock.instant();
        scheduled.unschedule(now);
        return settled(page, scheduled, AuditAction.PAGE_UNSCHEDULED, now);
    }

    /**
     * Takes the page off the website: its live revision becomes history, and its address answers "not found" until a
     * revision is published again. Needs no approval: it puts no new words before the public.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> unpublish(long pageId, RevisionSummary.Head expectedLive) {
        var page = lock(pageId);
        var live = revisions.live(pageId)
                .orElseThrow(() -> new PublishingRuleException("This page is not on the website."));
        if (live.number() != expectedLive.number() || live.version() != expectedLive.version()) {
            throw new PageChangedMeanwhileException(live.summary().publishedByName());
        }
        var now = clock.instant();
        live.supersede(now);
        revisions.flush();
        changingNeighbours(now, () -> settle(page, now));
        touchRelated(page, now);
        audit.record(AuditAction.PAGE_UNPUBLISHED, auditTarget(), pageId, revision(live));
        return edit(page);
    }

    /** Throws the open revision away; a page never published keeps its one draft. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public PageEdit<C> discard(long pageId, RevisionSummary.Head expected) {
        var page = lock(pageId);
        var draft = open(pageId, expected);
        if (revisions.countByPageId(pageId) == 1) {
            throw new PublishingRuleException("This is the page's only revision: there is nothing to go back to.");
        }
        revisions.delete(draft);
        revisions.flush();
        settle(page, clock.instant());
        audit.record(AuditAction.PAGE_DRAFT_DISCARDED, auditTarget(), pageId, revision(draft));
        return edit(page);
    }

    /** How many changes to pages of this kind wait for someone's approval. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public long waitingForApproval() {
        return revisions.countByState(RevisionState.AWAITING_APPROVAL);
    }

    /** Every revision of the page, newest first. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public List<RevisionSummary> history(long pageId) {
        return revisions.findByPageIdOrderByNumberDesc(pageId).stream().map(PageRevision::summary).toList();
    }

    /** What one revision of the page held. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public Optional<C> content(long pageId, int number) {
        return revisions.findByPageIdAndNumber(pageId, number).map(PageRevision::content);
    }

    /** What changed from one revision of the page to another, line by line and word by word. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    public RevisionDiff diff(long pageId, int from, int to) {
        var before = content(pageId, from)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + from + "."));
        var after = content(pageId, to)
                .orElseThrow(() -> new PublishingRuleException("This page has no revision " + to + "."));
        return RevisionDiff.between(from, lines(before), to, lines(after));
    }

    /**
     * Moves the page from {@code expectedPosition}, where the editor saw it (else {@link
     * PageChangedMeanwhileException}), to {@code newPosition} (1 is first) in the site's order, which gives every published page its
     * previous and next. Takes effect at once, without approval: it changes no page's words. The pages whose
     * neighbours change count as changed, so the sitemap tells search engines to look again.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void move(long pageId, int expectedPosition, int newPosition) {
        locks.lockUntilCommit(auditTarget());
        var order = new ArrayList<>(inOrder());
        var moving = order.stream().filter(page -> page.id() == pageId).findFirst()
                .orElseThrow(() -> new PublishingRuleException("There is no such page."));
        if (moving.position() != expectedPosition) {
            throw new PageChangedMeanwhileException(null);
        }
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
        audit.record(AuditAction.PAGES_REORDERED, auditTarget(), pageId,
                Map.of("position", Integer.toString(order.indexOf(moving) + 1)));
    }

    /**
     * Publishes every scheduled revision whose time has come; returns how many went live. Run by the platform's
     * scheduler, as the platform.
     */
    // no transaction of its own: each page's is its own (one inside a caller's, such as a test's)
    @Transactional(propagation = Propagation.SUPPORTS)
    public int publishDue() {
        var now = clock.instant();
        int published = 0;
        for (long pageId : revisions.pagesDue(now)) {
            if (Boolean.TRUE.equals(transactions.execute(status -> publishDue(pageId, now)))) {
                published++;
            }
        }
        return published;
    }

    /**
     * The page's scheduled revision, if it is still scheduled and due once the page is locked (an editor may have
     * cancelled or changed it a moment ago). A change scheduled while no approval was needed waits for approval when
     * the installation asks for it again; one that cannot go live (its address taken, its picture gone) goes back to
     * its editors as a draft.
     */
    private boolean publishDue(long pageId, Instant now) {
        var page = lock(pageId);
        var due = revisions.open(pageId)
                .filter(open -> open.state() == RevisionState.SCHEDULED && !open.publishAt().isAfter(now));
        if (due.isEmpty()) {
            return false;
        }
        var revision = due.get();
        if (revision.approvedAt() == null && settings.pagesNeedApproval()) {
            revision.awaitApproval(now);
            settle(page, now);
            audit.record(Actor.PLATFORM, AuditAction.PAGE_SUBMITTED, auditTarget(), pageId, revision(revision));
            return false;
        }
        try {
            goLive(page, revision, Objects.requireNonNullElse(revision.approvedByName(), "Scheduled publication"),
                    Actor.PLATFORM, now);
            return true;
        } catch (SlugTakenException | PublishingRuleException e) {
            // refused before anything changed
            log.warn("Scheduled revision {} of {} {} cannot go live: {}", revision.number(), auditTarget(), pageId,
                    e.getMessage());
            revision.unschedule(now);
            settle(page, now);
            audit.record(Actor.PLATFORM, AuditAction.PAGE_UNSCHEDULED, auditTarget(), pageId,
                    Map.of("revision", Integer.toString(revision.number()), "reason", e.getMessage()));
            return false;
        }
    }

    /** Publishes the page's open revision at once, as the platform: demo content and tests. */
    void publishAsPlatform(long pageId) {
        var page = lock(pageId);
        var open = revisions.open(pageId)
                .orElseThrow(() -> new PublishingRuleException("This page has no draft: save one first."));
        goLive(page, open, PLATFORM.name(), Actor.PLATFORM, clock.instant());
    }

    /** The time it goes live, as a scheduled revision keeps it: none for "at once" or a moment already past. */
    private static Instant laterThan(Instant publishAt, Instant now) {
        return publishAt != null && publishAt.isAfter(now) ? publishAt : null;
    }

    /** Goes live now, or is scheduled for a time to come. */
    private void release(P page, R revision, Instant publishAt, String byName, Actor actor, Instant now) {
        var at = laterThan(publishAt, now);
        if (at == null) {
            goLive(page, revision, byName, actor, now);
            return;
        }
        revision.schedule(at);
        settle(page, now);
        audit.record(actor, AuditAction.PAGE_SCHEDULED, auditTarget(), page.id(),
                Map.of("revision", Integer.toString(revision.number()), "at", at.toString()));
    }

    /** Copies the revision into the page tables the public site reads; the one live before becomes history. */
    private void goLive(P page, R revision, String byName, Actor actor, Instant now) {
        var content = revision.content();
        locks.lockUntilCommit(auditTarget());
        if (slugHeldElsewhere(content.slug(), page.id())) {
            throw new SlugTakenException(content.slug());
        }
        Long heroImage = null;
        if (content.hero() != null) {
            heroImage = images.byKey(content.hero().imageKey()).map(StoredImage::id)
                    .orElseThrow(() -> new PublishingRuleException("The page's picture is missing: choose it again."));
        }
        revisions.live(page.id()).ifPresent(live -> live.supersede(now));
        // the superseded row first: one live revision per page is a unique index
        revisions.flush();
        var previousSlug = page.publishedAt() == null ? null : page.slug();
        var image = heroImage;
        touchRelated(page, now);
        changingNeighbours(now, () -> {
            copyLive(page, content, image, now);
            revision.goLive(byName, now);
            settle(page, now);
        });
        touchRelated(page, now);
        redirects.moved(kind(), page.id(), previousSlug, content.slug(), now);
        audit.record(actor, AuditAction.PAGE_PUBLISHED, auditTarget(), page.id(), revision(revision));
    }

    /** After a step on one of the page's revisions: the page's state follows, the step is on the trail. */
    private PageEdit<C> settled(P page, R revision, AuditAction step, Instant now) {
        settle(page, now);
        audit.record(step, auditTarget(), page.id(), revision(revision));
        return edit(page);
    }

    /** The page's state follows its revisions: live, else scheduled, else taken down or never published. */
    void settle(P page, Instant now) {
        PageState state;
        if (revisions.existsByPageIdAndState(page.id(), RevisionState.LIVE)) {
            state = PageState.PUBLISHED;
        } else if (revisions.existsByPageIdAndState(page.id(), RevisionState.SCHEDULED)) {
            state = PageState.SCHEDULED;
        } else {
            state = page.publishedAt() != null ? PageState.UNPUBLISHED : PageState.DRAFT;
        }
        page.stateIs(state, now);
    }

    P lock(long pageId) {
        return lockPage(pageId).orElseThrow(() -> new PublishingRuleException("There is no such page."));
    }

    /** The page's head as the editor saw it, or {@link PageChangedMeanwhileException}. */
    private R head(long pageId, RevisionSummary.Head expected) {
        var head = head(pageId);
        if (head.number() != expected.number() || head.version() != expected.version()) {
            throw new PageChangedMeanwhileException(head.summary().updatedByName());
        }
        return head;
    }

    private R open(long pageId, RevisionSummary.Head expected) {
        var head = head(pageId, expected);
        if (!head.state().isOpen()) {
            throw new PublishingRuleException("This page has no draft: save one first.");
        }
        return head;
    }

    private R awaitingApproval(long pageId, RevisionSummary.Head expected) {
        var waiting = open(pageId, expected);
        if (waiting.state() != RevisionState.AWAITING_APPROVAL) {
            throw new PublishingRuleException("This change is not waiting for approval.");
        }
        return waiting;
    }

    /**
     * The open revision, else the live one, else the latest. A page an older version of the platform added (while a
     * newer schema was already in place) has none yet: its first is made from what its tables hold.
     */
    private R head(long pageId) {
        return revisions.head(pageId).orElseGet(() -> firstRevision(pageId));
    }

    private R firstRevision(long pageId) {
        var page = findPage(pageId).orElseThrow(() -> new PublishingRuleException("There is no such page."));
        var now = clock.instant();
        var first = newRevision(pageId, 1, null, contentOf(page), PLATFORM, now);
        if (page.state() == PageState.PUBLISHED) {
            first.goLive(PLATFORM.name(), now);
        }
        return revisions.save(first);
    }

    /**
     * Makes a change that may give pages other previous or next pages, and marks those pages as changed, so the
     * sitemap tells search engines to look at them again.
     */
    private void changingNeighbours(Instant now, Runnable change) {
        var before = neighbours(inOrder());
        change.run();
        var order = inOrder();
        var after = neighbours(order);
        order.stream().filter(other -> !Objects.equals(before.get(other.id()), after.get(other.id())))
                .forEach(other -> other.changed(now));
    }

    PageEdit<C> edit(P page) {
        var head = head(page.id());
        var accountId = audit.actor().accountId();
        boolean mayApprove = head.state() == RevisionState.AWAITING_APPROVAL && accountId != null
                && !head.writtenBy(accountId);
        return new PageEdit<>(kind(), page.id(), page.state(), page.position(), page.slug(), head.content(),
                head.summary(), revisions.live(page.id()).map(PageRevision::summary), settings.pagesNeedApproval(),
                mayApprove, previews.sign(new PagePreviews.Preview(kind(), head.id())));
    }

    PageRevision.Writer writer(Actor actor) {
        return new PageRevision.Writer(actor.accountId(), accounts.signatureOf(actor));
    }

    private static Map<String, String> revision(PageRevision<?> revision) {
        return Map.of("revision", Integer.toString(revision.number()));
    }

    /** Each page's previous and next among the published pages in this order. */
    private static Map<Long, List<Long>> neighbours(List<? extends CataloguePage> order) {
        var published = order.stream().filter(page -> page.state() == PageState.PUBLISHED).toList();
        var result = new HashMap<Long, List<Long>>();
        for (int i = 0; i < published.size(); i++) {
            var previous = i > 0 ? published.get(i - 1).id() : null;
            var next = i + 1 < published.size() ? published.get(i + 1).id() : null;
            result.put(published.get(i).id(), Arrays.asList(previous, next));
        }
        return result;
    }
}
