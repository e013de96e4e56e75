package com.clinicplatform.admin.treatments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.publication.PublishingSettings;
import com.clinicplatform.testsupport.TestPictures;
import com.clinicplatform.treatment.ConditionService;
import com.clinicplatform.treatment.NewCondition;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.RevisionState;
import com.clinicplatform.treatment.TreatmentEditing;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

/** Treatment pages as two editors work them in the console: written, previewed, approved, published and compared. */
@SpringBootTest
@WithMockUser(username = "wren.writer", roles = "EDITOR")
class TreatmentEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    TreatmentService treatments;

    @Autowired
    TreatmentEditing editing;

    @Autowired
    PublishingSettings publishing;

    @Autowired
    ConditionService conditions;

    @Autowired
    AccountService accounts;

    long id;

    @BeforeEach
    void twoEditorsAndAPublishedPage() {
        for (var name : List.of("wren.writer", "ada.approver")) {
            if (!accounts.exists(name)) {
                accounts.create(new NewAccount(name, name.equals("wren.writer") ? "Wren Writer" : "Ada Approver",
                        null, "a long password for " + name, Set.of(Role.EDITOR), false));
            }
        }
        var row = treatments.create(new NewTreatment("Joint Pain " + System.nanoTime(), "About joints.", null, null,
                List.of(new TreatmentSection("What is it?", "The words as published.")), List.of()));
        treatments.publish(row.id());
        id = row.id();
    }

    @AfterEach
    void approvalSwitchedBackOn() {
        if (!publishing.pagesNeedApproval()) {
            signIn("admin.for.the.test", "ADMIN");
            publishing.requireApproval(true, publishing.approval().version());
        }
    }

    @Test
    void oneEditorRewritesASectionAndAnotherApprovesItForTheWebsite() {
        var view = open();
        view.sections.blocks().getFirst().body.setValue("The words as rewritten.");

        test(button("Save draft")).click();

        assertThat(statusText()).contains("Draft revision 2", "Wren Writer");
        assertThat(treatments.preview(editing.open(id).orElseThrow().previewToken()).orElseThrow().sections()
                .getFirst().body()).isEqualTo("The words as rewritten.");
        assertThat(treatments.publishedPage(slug()).orElseThrow().sections().getFirst().body())
                .isEqualTo("The words as published.");
        test(button("Ask for approval…")).click();
        test(button("Ask for approval")).click();
        assertThat(statusText()).contains("waiting for approval");
        assertThat($(Button.class).withText("Approve and publish").exists()).isFalse();

        signIn("ada.approver", "EDITOR");
        open();
        test(button("Approve and publish")).click();

        assertThat(treatments.publishedPage(slug()).orElseThrow().sections().getFirst().body())
                .isEqualTo("The words as rewritten.");
        assertThat(editing.history(id).getFirst().state()).isEqualTo(RevisionState.LIVE);
        assertThat(statusText()).contains("On the website: revision 2", "Ada Approver");
    }

    @Test
    void whatTheServerRefusesIsShownBesideItsFieldAndTheRestStaysAsTyped() {
        var view = open();
        view.sections.blocks().getFirst().body.setValue("Kept as typed.");
        test(view.heading).setValue("");

        test(button("Save draft")).click();

        assertThat(view.heading.isInvalid()).isTrue();
        assertThat(view.heading.getErrorMessage()).isEqualTo("Give the page a title");
        assertThat(view.sections.blocks().getFirst().body.getValue()).isEqualTo("Kept as typed.");
        assertThat(editing.history(id)).hasSize(1);
    }

    @Test
    void aColleaguesDraftIsNeverOverwrittenUnseen() {
        var view = open();
        view.sections.blocks().getFirst().body.setValue("My words.");
        var head = editing.open(id).orElseThrow();
        signIn("ada.approver", "EDITOR");
        editing.save(id, head.head().head(), head.content());
        signIn("wren.writer", "EDITOR");

        test(button("Save draft")).click();

        assertThat($(Paragraph.class).withClassName("form-problem").single().getText())
                .contains("Ada Approver changed this page");
        assertThat(view.sections.blocks().getFirst().body.getValue()).isEqualTo("My words.");
    }

    @Test
    void withoutApprovalAnEditorPublishesAndTheHistoryShowsWhatChanged() {
        signIn("admin.for.the.test", "ADMIN");
        publishing.requireApproval(false, publishing.approval().version());
        signIn("wren.writer", "EDITOR");
        var view = open();
        view.sections.blocks().getFirst().body.setValue("The words as corrected.");

        test(button("Publish")).click();

        assertThat(treatments.publishedPage(slug()).orElseThrow().sections().getFirst().body())
                .isEqualTo("The words as corrected.");
        var history = test($(RevisionHistory.class).single().grid);
        var actions = (Span) history.getCellComponent(0, history.getColumnPosition("actions"));
        test(actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("Compare with 1"))
                .findFirst().orElseThrow()).click();
        var diff = $(DiffView.class).single();
        assertThat(diff.getElement().getTextRecursively()).contains("The words as published.",
                "The words as corrected.");
    }

    @Test
    void aPictureNeedsWordsForPeopleWhoCannotSeeItAndTheDraftKeepsBoth() {
        var view = open();
        view.picture.receive(TestPictures.jpeg(1600, 900));
        assertThat(view.picture.getValue()).isNotBlank();

        test(button("Save draft")).click();

        assertThat(view.pictureAlt.isInvalid()).isTrue();
        assertThat(view.pictureAlt.getErrorMessage()).isEqualTo("Describe the picture for people who cannot see it");
        test(view.pictureAlt).setValue("A clinician examining a patient's knee");
        test(button("Save draft")).click();
        var hero = editing.open(id).orElseThrow().content().hero();
        assertThat(hero.imageKey()).isEqualTo(view.picture.getValue());
        assertThat(hero.alt()).isEqualTo("A clinician examining a patient's knee");
    }

    @Test
    void aConditionPageIsEditedTheSameWay() {
        signIn("admin.for.the.test", "ADMIN");
        publishing.requireApproval(false, publishing.approval().version());
        signIn("wren.writer", "EDITOR");
        var slug = conditions.create(new NewCondition("Tendon Pain " + System.nanoTime(), "About tendons.",
                "What it is.", null, null));
        long conditionId = conditions.page(PageRequest.of(0, 100)).stream()
                .filter(row -> row.slug().equals(slug)).findFirst().orElseThrow().id();
        var view = navigate("conditions/" + conditionId, ConditionEditorView.class);
        view.description.setValue("What it is, **rewritten**.");

        test(button("Publish")).click();

        assertThat(conditions.publishedPage(slug).orElseThrow().description()).isEqualTo("What it is, **rewritten**.");
        assertThat(view.description.previewHtml()).contains("<strong>rewritten</strong>");
    }

    @Test
    void aSectionsPreviewShowsMarkupAsTextNeverAsScript() {
        var view = open();
        var body = view.sections.blocks().getFirst().body;

        body.setValue("**Bold** <script>alert('x')</script> <img src=x onerror=alert(1)>");

        assertThat(body.previewHtml()).contains("<strong>Bold</strong>").doesNotContain("<script")
                .doesNotContain("<img").doesNotContain("onerror=");
    }

    private TreatmentEditorView open() {
        return navigate("treatments/" + id, TreatmentEditorView.class);
    }

    private String slug() {
        return editing.open(id).orElseThrow().liveSlug();
    }

    private String statusText() {
        return $(Div.class).withClassName("page-status").single().getElement()
                .getTextRecursively();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private static void signIn(String username, String role) {
        var user = User.withUsername(username).password("n/a").roles(role).build();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
