package com.clinicplatform.admin.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.base.MarkdownField;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.clinic.OpeningHours;

/**
 * The clinic's profile as an editor keeps it: the first one written, mistakes shown where they were typed, a
 * colleague's change never overwritten and nothing typed lost.
 */
@SpringBootTest
@WithMockUser(username = ClinicProfileViewTest.EDITOR, roles = "EDITOR")
class ClinicProfileViewTest extends SpringBrowserlessTest {

    static final String EDITOR = "profile.editor";
    private static final String COLLEAGUE = "profile.colleague";

    private static final ClinicDetails HARBOUR = new ClinicDetails("Harbour Clinic", "020 7946 0321",
            "desk@harbour.example", "1 Quay Street", "London", "E1 1AA", "United Kingdom",
            "Results vary. This is not medical advice.",
            List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
            null, "Take the **number 7** bus.", null);

    @Autowired
    ClinicProfileService profile;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void givenTheEditorsAndAProfile() {
        if (!accounts.exists(EDITOR)) {
            accounts.create(new NewAccount(EDITOR, "Pat Profile", null, "a long password for pat",
                    Set.of(Role.EDITOR), false));
            accounts.create(new NewAccount(COLLEAGUE, "Colin Colleague", null, "a long password for colin",
                    Set.of(Role.EDITOR), false));
        }
        // each test starts from the same profile; the demo set-up's way of writing it needs nobody signed in
        jdbc.sql("delete from clinic_profile").update();
        profile.save(HARBOUR);
    }

    @Test
    void anInstallationWithoutAProfileLetsTheEditorWriteTheFirstOne() {
        jdbc.sql("delete from clinic_profile").update();
        var view = navigate(ClinicProfileView.class);
        assertThat(view.firstProfile.isVisible()).isTrue();
        assertThat(view.name.getValue()).isEmpty();
        assertThat(view.openingHours.rows()).isEmpty();

        test(view.name).setValue("Quayside Clinic");
        test(view.phone).setValue("020 7946 0123");
        test(view.email).setValue("hello@quayside.example");
        test(view.streetAddress).setValue("2 Dock Road");
        test(view.locality).setValue("Bristol");
        test(view.postalCode).setValue("BS1 4AA");
        test(view.country).setValue("United Kingdom");
        test(view.openingHours.add).click();
        test(view.openingHours.add).click();
        var afternoon = view.openingHours.rows().get(1);
        test(afternoon.day).selectItem("Monday");
        test(afternoon.opens).setValue(LocalTime.of(14, 0));
        test(afternoon.closes).setValue(LocalTime.of(17, 30));
        var morning = view.openingHours.rows().get(0);
        test(morning.closes).setValue(LocalTime.of(13, 0));
        typeInto(view.disclaimer, "Results **vary**. Ask your doctor.");
        typeInto(view.directions, "  ");
        test(view.save).click();

        assertThat(notification()).isEqualTo("Saved — the website shows it within seconds");
        assertThat(view.firstProfile.isVisible()).isFalse();
        var saved = profile.details().orElseThrow();
        assertThat(saved.name()).isEqualTo("Quayside Clinic");
        assertThat(saved.openingHours()).containsExactly(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 30)));
        assertThat(saved.directions()).as("left empty").isNull();
        assertThat(saved.disclaimer()).isEqualTo("Results **vary**. Ask your doctor.");
        assertThat(lastChange().actorUsername()).isEqualTo(EDITOR);
    }

    @Test
    void theFormShowsTheProfileAndAChangeIsSavedWithARowRemovedAndTheOrderKept() {
        var view = navigate(ClinicProfileView.class);
        assertThat(view.firstProfile.isVisible()).isFalse();
        assertThat(view.name.getValue()).isEqualTo("Harbour Clinic");
        assertThat(view.directions.getValue()).isEqualTo("Take the **number 7** bus.");
        assertThat(view.openingHours.rows()).hasSize(1);

        test(view.openingHours.add).click();
        test(view.openingHours.add).click();
        assertThat(view.openingHours.getValue()).extracting(OpeningHours::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        test(view.openingHours.rows().get(1).remove).click();
        test(view.openingHours.rows().get(1).day).selectItem("Saturday");
        typeInto(view.privacyNotice, "# Your data\n\nWe set no cookies.");
        test(view.save).click();

        assertThat(notification()).isEqualTo(ClinicProfileView.SAVED);
        assertThat(profile.details().orElseThrow().openingHours()).extracting(OpeningHours::day)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(lastChange().details()).containsEntry("fields", "openingHours,privacyNotice");
    }

    @Test
    void whatTheServerRefusesIsShownBesideItsFieldAndNothingTypedIsLost() {
        var view = navigate(ClinicProfileView.class);
        test(view.name).setValue("");
        test(view.phone).setValue("12345");
        test(view.email).setValue("not an address");
        test(view.openingHours.add).click();
        test(view.openingHours.add).click();
        var monday = view.openingHours.rows().getFirst();
        test(monday.opens).setValue(LocalTime.of(18, 0));
        var third = view.openingHours.rows().get(2);
        test(third.day).selectItem("Tuesday");
        test(third.opens).setValue(LocalTime.of(12, 0));  // while the second row has Tuesday from 9 to 5
        typeInto(view.disclaimer, "");

        test(view.save).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter the clinic's name");
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.phone.getErrorMessage()).startsWith("Enter a phone number such as");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(monday.closes.isInvalid()).isTrue();
        assertThat(monday.closes.getErrorMessage()).isEqualTo("Must close after it opens");
        assertThat(view.openingHours.isInvalid()).isTrue();
        assertThat(view.openingHours.getErrorMessage()).startsWith("Two openings on the same day overlap");
        assertThat(view.disclaimer.isInvalid()).isTrue();
        assertThat(view.phone.getValue()).isEqualTo("12345");
        assertThat(view.email.getValue()).isEqualTo("not an address");
        assertThat(view.openingHours.getValue()).hasSize(3);
        assertThat(profile.details()).contains(HARBOUR);

        test(view.name).setValue("Harbour Clinic");
        test(view.phone).setValue("+44 20 7946 0321");
        test(view.email).setValue("desk@harbour.example");
        test(monday.opens).setValue(LocalTime.of(9, 0));
        test(third.opens).setValue(LocalTime.of(17, 0));
        test(third.closes).setValue(LocalTime.of(19, 0));
        typeInto(view.disclaimer, "Results vary.");
        test(view.save).click();

        assertThat(notification()).isEqualTo(ClinicProfileView.SAVED);
        assertThat(profile.details().orElseThrow().phone()).isEqualTo("+44 20 7946 0321");
    }

    @Test
    void aColleaguesNewerChangeIsNamedAndWhatWasTypedStaysUntilTheEditorAsksForTheirs() {
        var view = navigate(ClinicProfileView.class);
        test(view.name).setValue("Typed Clinic");
        typeInto(view.directions, "Typed directions.");

        var colleagues = asColleague(() -> profile.change(HARBOUR.withName("Colleague's Clinic"),
                profile.edition().orElseThrow().version()));
        test(view.save).click();

        assertThat(view.changedMeanwhile.isVisible()).isTrue();
        assertThat(view.changedMeanwhile.getChildren().filter(Paragraph.class::isInstance).findFirst()
                .map(text -> ((Paragraph) text).getText()).orElseThrow())
                .startsWith("Colin Colleague changed the clinic's details at ")
                .contains("Everything you typed is still here");
        assertThat(view.name.getValue()).isEqualTo("Typed Clinic");
        assertThat(view.directions.getValue()).isEqualTo("Typed directions.");
        assertThat(profile.details().orElseThrow().name()).isEqualTo("Colleague's Clinic");
        test(view.save).click();
        assertThat(profile.edition()).as("saving again is refused again").contains(colleagues);

        test(view.reload).click();

        assertThat(view.changedMeanwhile.isVisible()).isFalse();
        assertThat(view.name.getValue()).isEqualTo("Colleague's Clinic");
        assertThat(view.directions.getValue()).isEqualTo("Take the **number 7** bus.");
        test(view.name).setValue("Agreed Clinic");
        test(view.save).click();
        assertThat(profile.details().orElseThrow().name()).isEqualTo("Agreed Clinic");
    }

    private <T> T asColleague(java.util.function.Supplier<T> change) {
        var editor = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                COLLEAGUE, null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            return change.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(editor);
        }
    }

    /** Types into a Markdown field's text area, as the editor does. */
    private void typeInto(MarkdownField field, String text) {
        test(test(field).find(TextArea.class).single()).setValue(text);
    }

    private String notification() {
        return test($(Notification.class).last()).getText();
    }

    private AuditEvent lastChange() {
        return audit.history(ClinicProfileService.AUDIT_TARGET, ClinicProfileService.AUDIT_ID).reversed().stream()
                .filter(event -> event.action() == AuditAction.CLINIC_PROFILE_CHANGED).findFirst().orElseThrow();
    }
}
