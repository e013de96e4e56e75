package com.clinicplatform.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.AuthenticatorCodes;
import com.clinicplatform.account.NewAccount;
import com.clinicplatform.account.Role;
import com.clinicplatform.account.TwoFactorSignIn;
import com.clinicplatform.admin.dashboard.DashboardView;
import com.clinicplatform.admin.users.AccountListView;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/**
 * Setting up an authenticator app, and the second step of a sign-in, with codes computed as the phone would for the
 * console's own (moved, never waited for) clock.
 */
@SpringBootTest
@Import(MovableClockConfiguration.class)
class TwoFactorViewsTest extends SpringBrowserlessTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @Autowired
    AccountService accounts;

    @Autowired
    TwoFactorSignIn twoFactor;

    @Autowired
    MovableClock clock;

    @AfterEach
    void forgetTheSignIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @WithMockUser(username = "tf.nurse", roles = "STAFF")
    void staffSetUpTheirAppWithTheKeyAndACodeFromIt() {
        givenAccount("tf.nurse", Role.STAFF);

        assertThat(navigate("two-factor", Component.class)).isInstanceOf(TwoFactorSetupView.class);

        var secretKey = $(TextField.class).withLabel("Secret key").single();
        var code = $(TextField.class).withLabel("Authentication code").single();
        var verify = $(Button.class).withText("Verify").single();
        String secret = secretKey.getValue();
        assertThat(secret).matches("[A-Z2-7]+");
        assertThat(secretKey.isReadOnly()).isTrue();
        var qr = $(Image.class).single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml");
        assertThat(new String(Base64.getDecoder().decode(qr.getSrc().substring(qr.getSrc().indexOf(',') + 1)),
                StandardCharsets.UTF_8)).startsWith("<svg");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).isNotBlank());

        String right = AuthenticatorCodes.codeAt(secret, clock.instant());
        test(code).setValue(wrong(right));
        test(verify).click();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("This is not the code your app shows now");
        assertThat(accounts.findByUsername("tf.nurse").orElseThrow().isTwoFactorEnrolled()).isFalse();

        test(code).setValue(right);
        test(verify).click();

        assertThat(accounts.findByUsername("tf.nurse").orElseThrow().isTwoFactorEnrolled()).isTrue();
        assertThat($(H1.class).single().getText()).isEqualTo("Two-factor sign-in is on");
        var recoveryCodes = $(ListItem.class, $(OrderedList.class).withClassName("recovery-codes").single()).all();
        assertThat(recoveryCodes).hasSize(10);
        assertThat(recoveryCodes.stream().map(ListItem::getText).distinct()).hasSize(10);
        assertThat(twoFactor.recoveryCodesLeft("tf.nurse")).isEqualTo(10);
        assertThat(getCurrentView()).isInstanceOf(TwoFactorSetupView.class);  // they are shown once, here
    }

    @Test
    void aSignInWaitingForItsCodeReachesNothingElseAndTheRightCodeCompletesIt() {
        String secret = givenEnrolledAdministrator("tf.admin");
        clock.advance(STEP);  // the enrolment used this step's code; the phone now shows the next one
        pendingSignIn("tf.admin");

        assertThat(navigate("", Component.class)).isInstanceOf(TwoFactorVerificationView.class);
        assertThat(navigate("accounts", Component.class)).isInstanceOf(TwoFactorVerificationView.class)
                .isNotInstanceOf(AccountListView.class);
        assertThat(navigate("two-factor", Component.class)).isInstanceOf(TwoFactorVerificationView.class);

        var view = (TwoFactorVerificationView) getCurrentView();
        assertThat(view.code.getLabel()).isEqualTo("Authentication code");
        assertThat(view.verify.getText()).isEqualTo("Verify");
        String right = AuthenticatorCodes.codeAt(secret, clock.instant());
        test(view.code).setValue(wrong(right));
        test(view.verify).click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isNotBlank();
        assertThat(SignInSteps.isPending(SecurityContextHolder.getContext().getAuthentication())).isTrue();
        assertThat(getCurrentView()).isSameAs(view);

        test(view.code).setValue(right);
        String sessionBefore = httpSession().getId();
        test(view.verify).click();

        assertFullSignIn("tf.admin", sessionBefore);
        assertThat(accounts.findByUsername("tf.admin").orElseThrow().lastSignInAt()).isPresent();
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void anAdministratorWithoutAnAppSetsItUpAsTheSecondStepOfSigningIn() {
        givenAccount("tf.newadmin", Role.ADMIN);
        pendingSignIn("tf.newadmin");

        assertThat(navigate("accounts", Component.class)).isInstanceOf(TwoFactorSetupView.class);
        assertThat($(Button.class).withText("Sign out").exists()).isTrue();  // no way round it but out
        var secret = $(TextField.class).withLabel("Secret key").single().getValue();
        test($(TextField.class).withLabel("Authentication code").single())
                .setValue(AuthenticatorCodes.codeAt(secret, clock.instant()));
        String sessionBefore = httpSession().getId();
        test($(Button.class).withText("Verify").single()).click();

        assertThat(accounts.findByUsername("tf.newadmin").orElseThrow().isTwoFactorEnrolled()).isTrue();
        assertFullSignIn("tf.newadmin", sessionBefore);
        assertThat($(ListItem.class).all()).hasSize(10);
        // setting up the app was this sign-in's second factor: the sign-in is recorded as any other
        assertThat(accounts.findByUsername("tf.newadmin").orElseThrow().lastSignInAt()).isPresent();
    }

    /**
     * The pending sign-in has become the account's full one: its roles, the password factor it had and the app's.
     * In a session with a new id, which holds the new sign-in; and on to the next screen.
     */
    private void assertFullSignIn(String username, String sessionBefore) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn.getName()).isEqualTo(username);
        var expectedRoles = accounts.findByUsername(username).orElseThrow().roles().stream()
                .map(role -> "ROLE_" + role.name()).toList();
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsAll(expectedRoles)
                .contains("ROLE_ADMIN", SignInSteps.TOTP_AUTHORITY, FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .doesNotContain(SignInSteps.SECOND_FACTOR_PENDING);
        var session = httpSession();
        assertThat(session.getId()).isNotEqualTo(sessionBefore);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isInstanceOfSatisfying(SecurityContext.class,
                        saved -> assertThat(saved.getAuthentication()).isSameAs(signedIn));
        assertThat(getCurrentView()).isNotInstanceOf(TwoFactorVerificationView.class);
    }

    private static HttpSession httpSession() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
    }

    @Test
    void aWrongCodeLeavesTheSignInWaiting() {
        String secret = givenEnrolledAdministrator("tf.wrong");
        clock.advance(STEP);
        pendingSignIn("tf.wrong");
        var view = navigate(TwoFactorVerificationView.class);

        test(view.code).setValue(wrong(AuthenticatorCodes.codeAt(secret, clock.instant())));
        test(view.verify).click();
        test(view.code).setValue("");
        test(view.verify).click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("Enter the code from your app.");
        assertThat(SignInSteps.isPending(SecurityContextHolder.getContext().getAuthentication())).isTrue();
        assertThat(navigate("audit", Component.class)).isInstanceOf(TwoFactorVerificationView.class);
        assertThat(accounts.findByUsername("tf.wrong").orElseThrow().lastSignInAt()).isEmpty();
    }

    /** A code that is not {@code right}: its last digit changed. */
    private static String wrong(String right) {
        char last = right.charAt(right.length() - 1);
        return right.substring(0, right.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    /** What the sign-in form leaves for an account that needs its second factor: no role, the password factor. */
    private void pendingSignIn(String username) {
        var password = FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant()).build();
        var pending = new SimpleGrantedAuthority(SignInSteps.SECOND_FACTOR_PENDING);
        var principal = User.withUsername(username).password("").authorities(pending).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(pending, password)));
        SecurityContextHolder.setContext(context);
    }

    /** An administrator (staff too) with an authenticator app, as set up at their first sign-in. */
    private String givenEnrolledAdministrator(String username) {
        givenAccount(username, Role.ADMIN, Role.STAFF);
        var offer = twoFactor.offer(username, "Test Clinic");
        twoFactor.enrol(username, offer.secret(), AuthenticatorCodes.codeAt(offer.secret(), clock.instant()));
        return offer.secret();
    }

    private void givenAccount(String username, Role... roles) {
        accounts.create(new NewAccount(username, "Test " + username, null, "a long password for " + username,
                Set.of(roles), false));
    }
}
