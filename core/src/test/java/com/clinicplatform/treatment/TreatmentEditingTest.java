package com.clinicplatform.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

@SpringBootTest
@Transactional
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class TreatmentEditingTest {

    @Autowired
    TreatmentEditing editing;

    @Autowired
    TreatmentService treatments;

    @Autowired
    PublishingSettings settings;

    @Autowired
    PagePreviews previews;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ActingPerson acting;

    @Autowired
    MovableClock clock;

    @Autowired
    EntityManager entityManager;

    UserAccount writer;
    UserAccount approver;

    @BeforeEach
    void twoEditors() {
        writer = editor("Wren Writer");
        approver = editor("Ada Approver");
        acting.as(writer);
    }

    @Test
    void aDraftWaitsBesideTheLivePageUntilSomeoneElseApprovesIt() {
        long id = publishedPage("Knee Pain");
        var opened = editing.open(id).orElseThrow();

        var saved = editing.save(id, opened.head().head(), withFirstBody(opened.content(), "Rewritten for review."));

        assertThat(saved.head().state()).isEqualTo(RevisionState.DRAFT);
        assertThat(saved.head().basedOn()).isEqualTo(opened.head().number());
        assertThat(saved.live()).map(RevisionSummary::number).contains(opened.head().number());
        assertThat(publicFirstBody("knee-pain")).isEqualTo("The body as first published.");

        assertThatThrownBy(() -> editing.publish(id, saved.head().head(), null))
                .isInstanceOf(PublishingRuleException.class).hasMessageContaining("need approval");
        var waiting = editing.submit(id, saved.head().head(), null);
        assertThat(waiting.head().state()).isEqualTo(RevisionState.AWAITING_APPROVAL);
        assertThat(waiting.mayApprove()).isFalse();
        assertThatThrownBy(() -> editing.approve(id, waiting.head().head()))
                .isInstanceOf(PublishingRuleException.class).hasMessageContaining("someone else must approve");
        assertThat(publicFirstBody("knee-pain")).isEqualTo("The body as first published.");

        acting.as(approver);
        assertThat(editing.open(id).orElseThrow().mayApprove()).isTrue();
        var approved = editing.approve(id, waiting.head().head());

        assertThat(approved.head().state()).isEqualTo(RevisionState.LIVE);
        assertThat(approved.head().approvedByName()).isEqualTo("Ada Approver");
        assertThat(approved.head().publishedByName()).isEqualTo("Ada Approver");
        assertThat(publicFirstBody("knee-pain")).isEqualTo("Rewritten for review.");
        assertThat(editing.history(id)).extracting(RevisionSummary::state)
                .containsExactly(RevisionState.LIVE, RevisionState.SUPERSEDED);
        assertThat(audit.history(TreatmentEditing.AUDIT_TARGET, id)).extracting(event -> event.action())
                .contains(AuditAction.PAGE_DRAFT_SAVED, AuditAction.PAGE_SUBMITTED, AuditAction.PAGE_APPROVED,
                        AuditAction.PAGE_PUBLISHED);
    }

    @Test
    void anyoneWhoSavedTheChangeMayNotApproveIt() {
        long id = publishedPage("Hip Pain");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "First hand."));
        acting.as(approver);
        var edited = editing.save(id, draft.head().head(), withFirstBody(draft.content(), "Second hand."));
        acting.as(writer);
        var waiting = editing.submit(id, edited.head().head(), null);

        for (var person : List.of(writer, approver)) {
            acting.as(person);
            assertThatThrownBy(() -> editing.approve(id, waiting.head().head()))
                    .isInstanceOf(PublishingRuleException.class);
        }
        acting.as(editor("Third Person"));
        assertThat(editing.approve(id, waiting.head().head()).head().state()).isEqualTo(RevisionState.LIVE);
    }

    @Test
    void twoEditorsNeverOverwriteEachOtherUnseen() {
        long id = publishedPage("Shoulder Pain");
        var seenByBoth = editing.open(id).orElseThrow().head().head();

        var first = editing.save(id, seenByBoth, withFirstBody(content(id), "The writer's words."));
        acting.as(approver);

        assertThatThrownBy(() -> editing.save(id, seenByBoth, withFirstBody(content(id), "The other words.")))
                .isInstanceOf(PageChangedMeanwhileException.class).hasMessageContaining("Wren Writer");
        assertThatThrownBy(() -> editing.submit(id, seenByBoth, null))
                .isInstanceOf(PageChangedMeanwhileException.class);
        assertThat(editing.open(id).orElseThrow().content().sections().getFirst().body())
                .isEqualTo("The writer's words.");
        assertThat(first.head().version()).isNotEqualTo(seenByBoth.version());
    }

    @Test
    void editingAChangeWaitingForApprovalTakesItBackToADraft() {
        long id = publishedPage("Elbow Pain");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Version one."));
        var waiting = editing.submit(id, draft.head().head(), null);

        var edited = editing.save(id, waiting.head().head(), withFirstBody(waiting.content(), "Version two."));

        assertThat(edited.head().state()).isEqualTo(RevisionState.DRAFT);
        assertThat(edited.head().number()).isEqualTo(waiting.head().number());
        assertThat(edited.head().submittedAt()).isNull();
    }

    @Test
    void anApproverMaySendAChangeBack() {
        long id = publishedPage("Wrist Pain");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Claims too much."));
        var waiting = editing.submit(id, draft.head().head(), null);
        acting.as(approver);

        var returned = editing.sendBack(id, waiting.head().head());

        assertThat(returned.head().state()).isEqualTo(RevisionState.DRAFT);
        assertThat(publicFirstBody("wrist-pain")).isEqualTo("The body as first published.");
    }

    @Test
    void aNewAddressKeepsARedirectFromTheOldOne() {
        long id = publishedPage("Tendon Injuries");
        noApprovalNeeded();
        var draft = editing.save(id, head(id), content(id).withSlug("Tendon Injuries & Tears"));
        assertThat(draft.content().slug()).isEqualTo("tendon-injuries-tears");
        var before = treatments.publishedPage("tendon-injuries").orElseThrow().updatedAt();
        clock.advance(Duration.ofMinutes(5));

        editing.publish(id, draft.head().head(), null);

        assertThat(treatments.publishedPage("tendon-injuries")).isEmpty();
        assertThat(treatments.movedTo("tendon-injuries")).contains("tendon-injuries-tears");
        var moved = treatments.publishedPage("tendon-injuries-tears").orElseThrow();
        assertThat(moved.updatedAt()).isAfter(before);

        // moving back: the address the page lives at again redirects nowhere, and the second one leads to it
        var again = editing.save(id, head(id), content(id).withSlug("tendon-injuries"));
        editing.publish(id, again.head().head(), null);
        assertThat(treatments.movedTo("tendon-injuries")).isEmpty();
        assertThat(treatments.movedTo("tendon-injuries-tears")).contains("tendon-injuries");
    }

    @Test
    void anAddressAnotherPageHoldsIsRefused() {
        publishedPage("Back Pain");
        long id = publishedPage("Neck Pain");

        assertThatThrownBy(() -> editing.save(id, head(id), content(id).withSlug("back-pain")))
                .isInstanceOf(SlugTakenException.class).hasMessageContaining("back-pain");
        assertThatThrownBy(() -> editing.save(id, head(id), content(id).withSlug("!!!")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aChangeApprovedForLaterGoesLiveAtItsTime() {
        long id = publishedPage("Ankle Pain");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Tomorrow's words."));
        var waiting = editing.submit(id, draft.head().head(), clock.instant().plus(Duration.ofHours(20)));
        acting.as(approver);

        var approved = editing.approve(id, waiting.head().head());

        assertThat(approved.head().state()).isEqualTo(RevisionState.SCHEDULED);
        assertThat(approved.pageState()).isEqualTo(PageState.PUBLISHED);
        assertThat(editing.publishDue()).isZero();
        clock.advance(Duration.ofHours(19));
        assertThat(editing.publishDue()).isZero();
        assertThat(publicFirstBody("ankle-pain")).isEqualTo("The body as first published.");

        clock.advance(Duration.ofHours(1));
        assertThat(editing.publishDue()).isEqualTo(1);

        assertThat(publicFirstBody("ankle-pain")).isEqualTo("Tomorrow's words.");
        assertThat(editing.open(id).orElseThrow().head().publishedByName()).isEqualTo("Ada Approver");
    }

    @Test
    void cancellingAScheduleTakesTheApprovalBackButMakesNobodyAWriter() {
        long id = publishedPage("Calf Strain");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Later words."));
        var waiting = editing.submit(id, draft.head().head(), clock.instant().plus(Duration.ofDays(1)));
        acting.as(approver);
        var scheduled = editing.approve(id, waiting.head().head());

        var cancelled = editing.unschedule(id, scheduled.head().head());

        assertThat(cancelled.head().state()).isEqualTo(RevisionState.DRAFT);
        assertThat(cancelled.head().approvedByName()).isNull();
        assertThat(cancelled.head().publishAt()).isNull();
        acting.as(writer);
        var again = editing.submit(id, cancelled.head().head(), null);
        acting.as(approver);
        assertThat(editing.approve(id, again.head().head()).head().state()).isEqualTo(RevisionState.LIVE);
    }

    @Test
    void aNewPageScheduledWithoutApprovalIsScheduledUntilItsTime() {
        noApprovalNeeded();
        long id = editing.create(new NewTreatment("Hashimoto's Disease", "About it.", null, null,
                List.of(new TreatmentSection("What is it?", "A thyroid condition.")), List.of()));
        assertThat(editing.open(id).orElseThrow().pageState()).isEqualTo(PageState.DRAFT);

        var scheduled = editing.publish(id, head(id), clock.instant().plus(Duration.ofDays(2)));

        assertThat(scheduled.pageState()).isEqualTo(PageState.SCHEDULED);
        assertThat(treatments.publishedPage("hashimotos-disease")).isEmpty();
        var unscheduled = editing.unschedule(id, scheduled.head().head());
        assertThat(unscheduled.pageState()).isEqualTo(PageState.DRAFT);
        editing.publish(id, unscheduled.head().head(), null);
        assertThat(treatments.publishedPage("hashimotos-disease")).isPresent();
    }

    @Test
    void aChangeScheduledWhileNoApprovalWasNeededWaitsForApprovalOnceItIsNeededAgain() {
        long id = publishedPage("Groin Strain");
        noApprovalNeeded();
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Unchecked words."));
        editing.publish(id, draft.head().head(), clock.instant().plus(Duration.ofHours(1)));
        acting.as(approver);
        settings.requireApproval(true, settings.approval().version());
        clock.advance(Duration.ofHours(2));

        assertThat(editing.publishDue()).isZero();

        var waiting = editing.open(id).orElseThrow();
        assertThat(waiting.head().state()).isEqualTo(RevisionState.AWAITING_APPROVAL);
        assertThat(publicFirstBody("groin-strain")).isEqualTo("The body as first published.");
        editing.approve(id, waiting.head().head());
        assertThat(publicFirstBody("groin-strain")).isEqualTo("Unchecked words.");
    }

    @Test
    void aPastTimeIsRefusedRatherThanPublishedAtOnce() {
        long id = publishedPage("Heel Pain");
        noApprovalNeeded();
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Words."));

        assertThatThrownBy(() -> editing.publish(id, draft.head().head(), clock.instant().minusSeconds(60)))
                .isInstanceOf(PublishingRuleException.class).hasMessageContaining("passed");
    }

    @Test
    void aPageWithoutSectionsCannotGoLive() {
        noApprovalNeeded();
        long id = editing.create(new NewTreatment("Empty", "Nothing yet.", null, null, List.of(), List.of()));

        assertThatThrownBy(() -> editing.publish(id, head(id), null))
                .isInstanceOf(PublishingRuleException.class).hasMessageContaining("at least one section");
    }

    @Test
    void unpublishingTakesThePageDownUntilARevisionGoesLiveAgain() {
        long id = publishedPage("Lower Back Pain");

        var down = editing.unpublish(id, editing.open(id).orElseThrow().live().orElseThrow().head());

        assertThat(down.pageState()).isEqualTo(PageState.UNPUBLISHED);
        assertThat(down.live()).isEmpty();
        assertThat(treatments.publishedPage("lower-back-pain")).isEmpty();
        noApprovalNeeded();
        var draft = editing.save(id, down.head().head(), content(id));
        editing.publish(id, draft.head().head(), null);
        assertThat(treatments.publishedPage("lower-back-pain")).isPresent();
    }

    @Test
    void restoringAnEarlierRevisionMakesItTheDraftAtThePagesPresentAddress() {
        long id = publishedPage("Joint Pain");
        noApprovalNeeded();
        var rewritten = editing.save(id, head(id), withFirstBody(content(id), "A rewrite nobody liked.")
                .withSlug("joint-pain-explained"));
        editing.publish(id, rewritten.head().head(), null);

        var restored = editing.restore(id, 1, head(id));

        assertThat(restored.head().state()).isEqualTo(RevisionState.DRAFT);
        assertThat(restored.content().sections().getFirst().body()).isEqualTo("The body as first published.");
        assertThat(restored.content().slug()).isEqualTo("joint-pain-explained");
        editing.publish(id, restored.head().head(), null);
        assertThat(publicFirstBody("joint-pain-explained")).isEqualTo("The body as first published.");
        assertThat(audit.history(TreatmentEditing.AUDIT_TARGET, id)).extracting(event -> event.action())
                .contains(AuditAction.PAGE_REVISION_RESTORED);
    }

    @Test
    void theDiffShowsTheWordsThatChanged() {
        long id = publishedPage("Knee Cartilage");
        var draft = editing.save(id, head(id),
                withFirstBody(content(id), "The body as last published."));

        var diff = editing.diff(id, 1, draft.head().number());

        var changed = diff.hunks().stream().flatMap(hunk -> hunk.lines().stream())
                .filter(line -> line.change() != RevisionDiff.Change.SAME).toList();
        assertThat(changed).extracting(RevisionDiff.Line::text)
                .containsExactly("The body as first published.", "The body as last published.");
        assertThat(changed.get(0).parts()).contains(new RevisionDiff.Part(RevisionDiff.Change.REMOVED, "first "));
        assertThat(changed.get(1).parts()).contains(new RevisionDiff.Part(RevisionDiff.Change.ADDED, "last "));
        assertThat(editing.diff(id, 1, 1).isEmpty()).isTrue();
    }

    @Test
    void aPreviewShowsTheDraftAsThePublicWouldSeeItUntilItsLinkExpires() {
        long id = publishedPage("Platelet-Rich Plasma");
        var draft = editing.save(id, head(id), withFirstBody(content(id), "Draft words."));

        var page = treatments.preview(draft.previewToken()).orElseThrow();

        assertThat(previews.verify(draft.previewToken())).map(PagePreviews.Preview::kind).contains(PageKind.TREATMENT);
        assertThat(page.sections().getFirst().body()).isEqualTo("Draft words.");
        assertThat(page.title()).isEqualTo("Platelet-Rich Plasma");
        assertThat(treatments.preview(draft.previewToken() + "x")).isEmpty();
        assertThat(treatments.preview(null)).isEmpty();
        clock.advance(PagePreviews.LIFETIME);
        assertThat(treatments.preview(draft.previewToken())).isEmpty();
    }

    @Test
    void movingAPageChangesItsNeighboursAndMarksThemChanged() {
        long first = publishedPage("Alpha Page");
        long second = publishedPage("Bravo Page");
        long third = publishedPage("Charlie Page");
        var untouched = treatments.publishedPage("alpha-page").orElseThrow().updatedAt();
        clock.advance(Duration.ofMinutes(1));

        editing.move(third, position(third), position(second));
        entityManager.flush();

        var bravo = treatments.publishedPage("bravo-page").orElseThrow();
        assertThat(bravo.previous()).map(TreatmentLink::slug).contains("charlie-page");
        assertThat(treatments.publishedPage("charlie-page").orElseThrow().previous()).map(TreatmentLink::slug)
                .contains("alpha-page");
        assertThat(treatments.publishedPage("alpha-page").orElseThrow().updatedAt()).isAfter(untouched);
        assertThat(position(first)).isLessThan(position(third));
    }

    private int position(long id) {
        return editing.open(id).orElseThrow().position();
    }

    private void noApprovalNeeded() {
        acting.as(approver);
        settings.requireApproval(false, settings.approval().version());
        acting.as(writer);
    }

    private long publishedPage(String title) {
        var row = treatments.create(new NewTreatment(title, "What it is, briefly.", null, null,
                List.of(new TreatmentSection("What is it?", "The body as first published.")), List.of()));
        treatments.publish(row.id());
        return row.id();
    }

    private RevisionSummary.Head head(long id) {
        return editing.open(id).orElseThrow().head().head();
    }

    private TreatmentContent content(long id) {
        return editing.open(id).orElseThrow().content();
    }

    private String publicFirstBody(String slug) {
        entityManager.flush();
        entityManager.clear();
        return treatments.publishedPage(slug).orElseThrow().sections().getFirst().body();
    }

    private static TreatmentContent withFirstBody(TreatmentContent content, String body) {
        var sections = new ArrayList<>(content.sections());
        sections.set(0, new TreatmentSection(sections.getFirst().heading(), body));
        return new TreatmentContent(content.title(), content.slug(), content.summary(), sections, content.faqs(),
                content.conditionIds(), content.seoTitle(), content.seoDescription(), content.hero());
    }

    private UserAccount editor(String name) {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, name, null, "a long password for " + username,
                Set.of(Role.EDITOR), false));
    }
}
