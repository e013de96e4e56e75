package com.clinicplatform.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.testsupport.RoleChecks;

/**
 * The clinic's details as editors change them in the console (their role checked, a colleague's newer change never
 * overwritten, every change on the audit trail by field name) and as the demo set-up writes them with nobody signed in.
 */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class, RoleChecks.class})
class ClinicProfileServiceTest {

    private static final ClinicDetails HARBOUR = new ClinicDetails("Harbour Clinic", "020 7946 0321",
            "desk@harbour.example", "1 Quay Street", "London", "E1 1AA", "United Kingdom",
            "Results vary. This is not medical advice.",
            List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(17, 30))),
            "Closed on bank holidays.", "Take the **number 7** bus.", "We set no cookies.");

    @Autowired
    ClinicProfileService profile;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ActingPerson acting;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** From when this test's audit events count: the trail keeps earlier tests' events, and never lets them go. */
    private Instant testStarted;

    @BeforeEach
    void anInstallationWithoutAProfile() {
        acting.signOut();
        jdbc.sql("delete from clinic_profile").update();
        clock.advance(Duration.ofHours(1));
        testStarted = clock.instant();
    }

    @AfterEach
    void signOut() {
        acting.signOut();
    }

    @Test
    void anEditorWritesTheFirstProfileThenChangesItAndTheTrailNamesTheFieldsNeverTheirValues() {
        var editor = account(Role.EDITOR);
        acting.signIn(editor);
        assertThat(profile.edition()).isEmpty();

        var first = profile.change(HARBOUR, ClinicProfileService.NO_PROFILE_YET);
        var changed = new ClinicDetails(HARBOUR.name(), "020 7946 0999", HARBOUR.email(), HARBOUR.streetAddress(),
                HARBOUR.locality(), HARBOUR.postalCode(), HARBOUR.country(), HARBOUR.disclaimer(),
                List.of(HARBOUR.openingHours().get(1), HARBOUR.openingHours().get(0)), HARBOUR.openingHoursNote(),
                HARBOUR.directions(), "We set no cookies at all.");
        clock.advance(Duration.ofMinutes(5));
        var second = profile.change(changed, first.version());

        assertThat(first.details()).isEqualTo(HARBOUR);
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(profile.edition()).contains(second);
        assertThat(profile.details()).contains(changed);
        assertThat(profile.details().orElseThrow().openingHours()).as("the order kept as written")
                .containsExactlyElementsOf(changed.openingHours());
        assertThat(profile.updatedAt()).contains(clock.instant());
        var changes = changes();
        assertThat(changes).hasSize(2).allSatisfy(event -> {
            assertThat(event.actorUsername()).isEqualTo(editor.username());
            assertThat(event.targetId()).isEqualTo(1L);
            assertThat(event.details()).containsOnlyKeys("fields");
        });
        assertThat(changes.getFirst().details().get("fields")).startsWith("name,phone,email,");
        assertThat(changes.getLast().details()).containsEntry("fields", "phone,openingHours,privacyNotice");
        assertThat(changes.getLast().detailsText()).doesNotContain("0999").doesNotContain("cookies");
    }

    @Test
    void savingWhatIsThereAlreadyChangesNothingAndRecordsNothing() {
        acting.signIn(account(Role.EDITOR));
        var first = profile.change(HARBOUR, ClinicProfileService.NO_PROFILE_YET);

        var again = profile.change(HARBOUR, first.version());

        assertThat(again).isEqualTo(first);
        assertThat(changes()).hasSize(1);
    }

    @Test
    void onlyAnEditorMayChangeTheDetails() {
        profile.save(HARBOUR);
        long version = profile.edition().orElseThrow().version();
        var renamed = HARBOUR.withName("Not Allowed Clinic");

        acting.signIn(account(Role.STAFF));
        assertThatThrownBy(() -> profile.change(renamed, version)).isInstanceOf(AccessDeniedException.class);
        acting.signIn(account(Role.ADMIN));
        assertThatThrownBy(() -> profile.change(renamed, version)).isInstanceOf(AccessDeniedException.class);
        acting.signOut();
        assertThatThrownBy(() -> profile.change(renamed, version)).isInstanceOf(AuthenticationException.class);

        assertThat(profile.details().orElseThrow().name()).isEqualTo("Harbour Clinic");
        acting.signIn(account(Role.EDITOR, Role.STAFF));
        assertThat(profile.change(renamed, version).details().name()).isEqualTo("Not Allowed Clinic");
    }

    @Test
    void aColleaguesNewerChangeIsNeverOverwrittenAndTheRefusalNamesThem() {
        var first = account(Role.EDITOR);
        var colleague = account(Role.EDITOR);
        acting.signIn(first);
        var read = profile.change(HARBOUR, ClinicProfileService.NO_PROFILE_YET);
        acting.signIn(colleague);
        clock.advance(Duration.ofMinutes(3));
        profile.change(HARBOUR.withName("Colleague's Clinic"), read.version());
        var changedAt = clock.instant();

        acting.signIn(first);
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> profile.change(HARBOUR.withName("My Clinic"), read.version()))
                .isInstanceOfSatisfying(ClinicProfileChangedMeanwhileException.class, meanwhile -> {
                    assertThat(meanwhile.changedBy()).contains(colleague.fullName());
                    assertThat(meanwhile.changedAt()).contains(changedAt);
                    assertThat(meanwhile.getMessage()).startsWith(colleague.fullName() + " changed");
                });
        assertThatThrownBy(() -> profile.change(HARBOUR.withName("My Clinic"), ClinicProfileService.NO_PROFILE_YET))
                .as("a first profile written meanwhile").isInstanceOf(ClinicProfileChangedMeanwhileException.class);

        assertThat(profile.details().orElseThrow().name()).isEqualTo("Colleague's Clinic");
        assertThat(changes()).hasSize(2);
    }

    @Test
    void theDemoSetUpStillWritesTheProfileWithNobodySignedIn() {
        profile.save(HARBOUR);
        profile.save(HARBOUR.withName("Harbour Clinic, Renamed"));

        assertThat(profile.details().orElseThrow().name()).isEqualTo("Harbour Clinic, Renamed");
        assertThat(changes()).hasSize(2).allSatisfy(event -> assertThat(event.actorUsername()).isNull());
        assertThat(changes().getLast().details()).containsEntry("fields", "name");
    }

    @Test
    void eachMistakeIsNamedByItsFieldAndNothingIsSaved() {
        acting.signIn(account(Role.EDITOR));
        var wrong = new ClinicDetails(" ", "12345", "not an address", "1 Quay Street", "London", "E1 1AA",
                "United Kingdom", "", List.of(
                        new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(9, 0)),
                        new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new OpeningHours(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)),
                        new OpeningHours(null, LocalTime.of(9, 0), null)),
                "x".repeat(301), null, null);

        assertThatThrownBy(() -> profile.change(wrong, ClinicProfileService.NO_PROFILE_YET))
                .isInstanceOfSatisfying(ConstraintViolationException.class, invalid ->
                        assertThat(invalid.getConstraintViolations()).extracting(ClinicProfileServiceTest::path)
                                .containsExactlyInAnyOrder("change.details.name", "change.details.phone",
                                        "change.details.email", "change.details.disclaimer",
                                        "change.details.openingHours[0].closingAfterOpening",
                                        "change.details.openingHoursApart",
                                        "change.details.openingHours[3].day",
                                        "change.details.openingHours[3].closes",
                                        "change.details.openingHoursNote"));
        assertThat(profile.edition()).isEmpty();
        assertThat(changes()).isEmpty();
    }

    @Test
    void aPhoneNumberIsReadInTheClinicsCountryOrWithItsCountryCode() {
        acting.signIn(account(Role.EDITOR));
        var written = profile.change(withPhone(HARBOUR, "+33 1 23 45 67 89"), ClinicProfileService.NO_PROFILE_YET);

        assertThat(profile.change(withPhone(written.details(), "0207 946 0321"), written.version()).details().phone())
                .as("kept as typed: the site shows it so").isEqualTo("0207 946 0321");
        assertThatThrownBy(() -> profile.save(withPhone(HARBOUR, "call us")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a phone number such as");
    }

    private List<AuditEvent> changes() {
        return audit.history(ClinicProfileService.AUDIT_TARGET, ClinicProfileService.AUDIT_ID).stream()
                .filter(event -> event.action() == AuditAction.CLINIC_PROFILE_CHANGED)
                .filter(event -> !event.occurredAt().isBefore(testStarted)).toList();
    }

    private static ClinicDetails withPhone(ClinicDetails details, String phone) {
        return new ClinicDetails(details.name(), phone, details.email(), details.streetAddress(), details.locality(),
                details.postalCode(), details.country(), details.disclaimer(), details.openingHours(),
                details.openingHoursNote(), details.directions(), details.privacyNotice());
    }

    private UserAccount account(Role... roles) {
        String username = "profile." + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(new NewAccount(username, "Editor " + username.substring(8), null,
                "a long password for the profile test", Set.of(roles), false));
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
