package com.clinicplatform.admin;

import static com.clinicplatform.admin.AccessTableTest.Outcome.DENIED;
import static com.clinicplatform.admin.AccessTableTest.Outcome.NOT_FOUND;
import static com.clinicplatform.admin.AccessTableTest.Outcome.OPENS;
import static com.clinicplatform.admin.AccessTableTest.Outcome.SIGN_IN;
import static com.clinicplatform.admin.AccessTableTest.Outcome.TO_DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.admin.audit.AuditLogView;
import com.clinicplatform.admin.base.NotFoundView;
import com.clinicplatform.admin.clinic.ClinicProfileView;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.admin.inquiries.InquiryListView;
import com.clinicplatform.admin.inquiries.InquiryView;
import com.clinicplatform.admin.outbox.OutboxView;
import com.clinicplatform.admin.patients.FollowUpListView;
import com.clinicplatform.admin.patients.FollowUpPlanView;
import com.clinicplatform.admin.patients.PatientListView;
import com.clinicplatform.admin.patients.PatientPrintView;
import com.clinicplatform.admin.patients.PatientView;
import com.clinicplatform.admin.security.ChangePasswordView;
import com.clinicplatform.admin.security.LoginView;
import com.clinicplatform.admin.security.TwoFactorSetupView;
import com.clinicplatform.admin.security.TwoFactorVerificationView;
import com.clinicplatform.admin.settings.PublishingSettingsView;
import com.clinicplatform.admin.treatments.ConditionEditorView;
import com.clinicplatform.admin.treatments.ConditionListView;
import com.clinicplatform.admin.treatments.TreatmentEditorView;
import com.clinicplatform.admin.treatments.TreatmentListView;
import com.clinicplatform.admin.users.AccountListView;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.inquiry.InquiryService;
import com.clinicplatform.inquiry.NewInquiry;
import com.clinicplatform.inquiry.RateLimit;

/**
 * Who opens which console address, as one table: every route for a visitor who is not signed in and for each role
 * alone. The signed-in people are real accounts (one role each, no step of the sign-in pending), so the console's
 * own sign-in steps leave them alone; records the addresses need are real ones, made here.
 */
@SpringBootTest
class AccessTableTest extends SpringBrowserlessTest {

    /** What someone meets at an address. */
    enum Outcome {
        /** The route's own view. */
        OPENS,
        /** The sign-in page. */
        SIGN_IN,
        /** Signed in, but without the role: the "not found" view, which does not say the page exists. */
        DENIED,
        /** Signed in, and there is nothing at the address (or no such record). */
        NOT_FOUND,
        /** A sign-in screen with nothing to do for someone signed in already: on to the dashboard. */
        TO_DASHBOARD
    }

    /** Who visits: nobody signed in, or a signed-in account holding just this role. */
    enum Visitor {
        ANONYMOUS(null), STAFF(Role.STAFF), EDITOR(Role.EDITOR), ADMIN(Role.ADMIN);

        final Role role;

        Visitor(Role role) {
            this.role = role;
        }

        String username() {
            return "access." + name().toLowerCase();
        }
    }

    private static final String INQUIRY = "{inquiry}";
    private static final String PATIENT = "{patient}";

    /** The table: address, the view behind it, and what each visitor meets there. */
    private static final Object[][] TABLE = {
            // address                       view                             ANONYMOUS STAFF      EDITOR     ADMIN
            {"",                             DashboardView.class,             SIGN_IN, OPENS,      OPENS,      OPENS},
            {"inquiries",                    InquiryListView.class,           SIGN_IN, OPENS,      DENIED,     DENIED},
            {"inquiries/" + INQUIRY,         InquiryView.class,               SIGN_IN, OPENS,      DENIED,     DENIED},
            {"inquiries/INQ-1999-000001",    InquiryView.class,               SIGN_IN, NOT_FOUND,  DENIED,     DENIED},
            {"patients",                     PatientListView.class,           SIGN_IN, OPENS,      DENIED,     DENIED},
            {"patients/" + PATIENT,          PatientView.class,               SIGN_IN, OPENS,      DENIED,     DENIED},
            {"patients/999999999",           PatientView.class,               SIGN_IN, NOT_FOUND,  DENIED,     DENIED},
            {"patients/" + PATIENT + "/print", PatientPrintView.class,         SIGN_IN, OPENS,      DENIED,     DENIED},
            {"patients/999999999/print",     PatientPrintView.class,          SIGN_IN, NOT_FOUND,  DENIED,     DENIED},
            {"follow-ups",                   FollowUpListView.class,          SIGN_IN, OPENS,      DENIED,     DENIED},
            {"follow-ups/plans",             FollowUpPlanView.class,          SIGN_IN, OPENS,      DENIED,     DENIED},
            {"outbox",                       OutboxView.class,                SIGN_IN, OPENS,      DENIED,     DENIED},
            // administrators open the pages to approve their changes; only editors change them
            {"treatments",                   TreatmentListView.class,         SIGN_IN, DENIED,     OPENS,      OPENS},
            {"treatments/999999999",         TreatmentEditorView.class,       SIGN_IN, DENIED,     NOT_FOUND,  NOT_FOUND},
            {"conditions",                   ConditionListView.class,         SIGN_IN, DENIED,     OPENS,      OPENS},
            {"conditions/999999999",         ConditionEditorView.class,       SIGN_IN, DENIED,     NOT_FOUND,  NOT_FOUND},
            {"clinic-profile",               ClinicProfileView.class,         SIGN_IN, DENIED,     OPENS,      DENIED},
            {"accounts",                     AccountListView.class,           SIGN_IN, DENIED,     DENIED,     OPENS},
            {"settings/publishing",          PublishingSettingsView.class,    SIGN_IN, DENIED,     DENIED,     OPENS},
            {"audit",                        AuditLogView.class,              SIGN_IN, DENIED,     DENIED,     OPENS},
            {"login",                        LoginView.class,                 OPENS,   TO_DASHBOARD, TO_DASHBOARD, TO_DASHBOARD},
            {"change-password",              ChangePasswordView.class,        SIGN_IN, OPENS,      OPENS,      OPENS},
            {"two-factor",                   TwoFactorSetupView.class,        SIGN_IN, OPENS,      OPENS,      OPENS},
            {"sign-in/code",                 TwoFactorVerificationView.class, SIGN_IN, TO_DASHBOARD, TO_DASHBOARD, TO_DASHBOARD},
            {"no-such-page",                 NotFoundView.class,              SIGN_IN, NOT_FOUND,  NOT_FOUND,  NOT_FOUND},
    };

    private static final RateLimit ANYONE = new RateLimit("access-table", 1_000_000, Duration.ofMinutes(10));

    /** The records the table's addresses name, made once per database. */
    private static String inquiryReference;
    private static long patientId;

    @Autowired
    AccountService accounts;

    @Autowired
    InquiryService inquiries;

    @Autowired
    InquiryInbox inbox;

    static Stream<Arguments> everyRouteForEveryVisitor() {
        return Arrays.stream(TABLE).flatMap(row -> Arrays.stream(Visitor.values()).map(visitor -> Arguments.of(
                row[0], visitor, row[2 + visitor.ordinal()], row[1])));
    }

    @BeforeEach
    void givenTheAccountsAndRecords() {
        for (var visitor : Visitor.values()) {
            if (visitor.role != null && !accounts.exists(visitor.username())) {
                accounts.create(new NewAccount(visitor.username(), "Access " + visitor.name(), null,
                        "a long password for the access table", Set.of(visitor.role), false));
            }
        }
        if (inquiryReference == null || inquiries.byReference(inquiryReference).isEmpty()) {
            var receipt = inquiries.submit(new NewInquiry("Access Table " + UUID.randomUUID().toString().substring(0, 8),
                    "access.table@example.com", null, null, ContactMethod.EMAIL, null, null, "Hello"),
                    UUID.randomUUID(), null, ANYONE);
            var inquiry = inquiries.byReference(receipt.reference()).orElseThrow();
            // converting is staff's work: the patient services check the role whoever calls them
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    Visitor.STAFF.username(), null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
            patientId = inbox.convert(inquiry.id(), inquiry.version(), LocalDate.of(1980, 1, 2), null);
            SecurityContextHolder.clearContext();
            inquiryReference = inquiry.reference();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @MethodSource("everyRouteForEveryVisitor")
    void eachVisitorMeetsWhatTheTableSays(String address, Visitor visitor, Outcome expected,
            Class<? extends Component> routeView) {
        signIn(visitor);

        navigate(address.replace(INQUIRY, inquiryReference).replace(PATIENT, Long.toString(patientId)),
                Component.class);

        Class<?> shown = switch (expected) {
            case OPENS -> routeView;
            case SIGN_IN -> LoginView.class;
            case DENIED, NOT_FOUND -> NotFoundView.class;
            case TO_DASHBOARD -> DashboardView.class;
        };
        assertThat(getCurrentView().getClass()).as("view shown").isEqualTo(shown);
        if (expected != OPENS && routeView != NotFoundView.class) {
            assertThat(getCurrentView()).as("the route's own view must not show").isNotInstanceOf(routeView);
        }
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "STAFF;  Dashboard|Inquiries|Patients|Follow-ups due|Outbox",
            "EDITOR; Dashboard|Treatments|Conditions|Clinic profile",
            "ADMIN;  Dashboard|Treatments|Conditions|Accounts|Publishing|Audit log",
    })
    void theNavigationOffersOnlyWhatTheRoleOpens(Visitor visitor, String expectedItems) {
        signIn(visitor);

        navigate("", DashboardView.class);

        var labels = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).containsExactlyElementsOf(List.of(expectedItems.split("\\|")));
        if (visitor != Visitor.ADMIN) {
            assertThat(labels).doesNotContain("Accounts", "Publishing", "Audit log");
        }
    }

    private static void signIn(Visitor visitor) {
        if (visitor.role == null) {
            return;  // nobody signed in: the test support's anonymous visitor
        }
        var user = User.withUsername(visitor.username()).password("").roles(visitor.role.name()).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
