package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** The second step of signing in, with codes computed for the moved clock (RFC 6238 steps of 30 seconds). */
@SpringBootTest
@Transactional
@Import(MovableClockConfiguration.class)
class TwoFactorSignInTest {

    private static final String ISSUER = "Test Clinic";
    private static final Duration STEP = Duration.ofSeconds(30);

    @Autowired
    TwoFactorSignIn twoFactor;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Test
    void enrollingWithTheCurrentCodeGivesTenDistinctRecoveryCodes() {
        create("tf.enrol", Role.STAFF);
        var offer = twoFactor.offer("tf.enrol", ISSUER);
        assertThat(offer.setupUri()).startsWith("otpauth://totp/").contains("secret=" + offer.secret());

        var codes = twoFactor.enrol("tf.enrol", offer.secret(), AuthenticatorCodes.codeAt(offer.secret(), clock.instant()));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.recoveryCodesLeft("tf.enrol")).isEqualTo(10);
        var account = account("tf.enrol");
        assertThat(account.isTwoFactorEnrolled()).isTrue();
        assertThat(account.requiresSecondFactor()).isTrue();
        assertThat(history(account)).extracting(AuditEvent::action).contains(AuditAction.TWO_FACTOR_ENROLLED);
        // the recovery codes are kept as digests only
        assertThat(jdbc.sql("select code_digest from account_recovery_code where user_account_id = :id")
                .param("id", account.id()).query(String.class).list()).hasSize(10).doesNotContainAnyElementsOf(codes);
    }

    @Test
    void enrollingWithAWrongCodeIsRefusedAndStoresNothing() {
        create("tf.wrong.enrol", Role.STAFF);
        var secret = twoFactor.offer("tf.wrong.enrol", ISSUER).secret();

        assertThatThrownBy(() -> twoFactor.enrol("tf.wrong.enrol", secret, wrongCode(secret, clock.instant())))
                .isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> twoFactor.enrol("tf.wrong.enrol", secret, "not a code"))
                .isInstanceOf(AccountRuleException.class);

        var account = account("tf.wrong.enrol");
        assertThat(account.isTwoFactorEnrolled()).isFalse();
        assertThat(twoFactor.recoveryCodesLeft("tf.wrong.enrol")).isZero();
        assertThat(jdbc.sql("select totp_secret, totp_last_step from user_account where id = :id")
                .param("id", account.id()).query((row, n) -> row.getString(1) == null && row.getObject(2) == null)
                .single()).isTrue();
        assertThat(history(account)).extracting(AuditEvent::action).doesNotContain(AuditAction.TWO_FACTOR_ENROLLED);
    }

    @Test
    void eachCodeSignsInOnceAndTheNextStepsCodeWorks() {
        var secret = enrolled("tf.replay", Role.STAFF);
        var enrolmentCode = AuthenticatorCodes.codeAt(secret, clock.instant());
        // the code that proved the app was used by the enrolment
        assertThat(twoFactor.verify("tf.replay", enrolmentCode)).isEqualTo(TwoFactorSignIn.Outcome.WRONG_CODE);

        clock.advance(STEP);
        var code = AuthenticatorCodes.codeAt(secret, clock.instant());
        assertThat(twoFactor.verify("tf.replay", code)).isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
        assertThat(twoFactor.verify("tf.replay", code)).isEqualTo(TwoFactorSignIn.Outcome.WRONG_CODE);

        clock.advance(STEP);
        assertThat(twoFactor.verify("tf.replay", AuthenticatorCodes.codeAt(secret, clock.instant())))
                .isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
        var account = account("tf.replay");
        assertThat(account.lastSignInAt()).contains(clock.instant());
        assertThat(history(account)).filteredOn(event -> event.action() == AuditAction.SIGN_IN_SUCCEEDED)
                .hasSize(2).allSatisfy(event ->
                        assertThat(event.details()).containsEntry("second factor", "authenticator app"));
    }

    @Test
    void aCodeFromTwoMinutesAgoIsRefused() {
        var secret = enrolled("tf.old", Role.STAFF);
        // far enough on that the old code's step is later than the one the enrolment used
        clock.advance(Duration.ofMinutes(5));
        var old = AuthenticatorCodes.codeAt(secret, clock.instant().minus(Duration.ofMinutes(2)));
        assertThat(old).isNotIn(window(secret, clock.instant()));

        assertThat(twoFactor.verify("tf.old", old)).isEqualTo(TwoFactorSignIn.Outcome.WRONG_CODE);
        // while a code one step old (a phone a little behind) still is accepted
        assertThat(twoFactor.verify("tf.old", AuthenticatorCodes.codeAt(secret, clock.instant().minus(STEP))))
                .isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        create("tf.recovery", Role.STAFF);
        var secret = twoFactor.offer("tf.recovery", ISSUER).secret();
        var codes = twoFactor.enrol("tf.recovery", secret, AuthenticatorCodes.codeAt(secret, clock.instant()));

        assertThat(twoFactor.verify("tf.recovery", codes.get(3))).isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
        assertThat(twoFactor.recoveryCodesLeft("tf.recovery")).isEqualTo(9);
        assertThat(twoFactor.verify("tf.recovery", codes.get(3))).isEqualTo(TwoFactorSignIn.Outcome.WRONG_CODE);
        assertThat(twoFactor.recoveryCodesLeft("tf.recovery")).isEqualTo(9);
        // typed in capitals, without the hyphen, another one still works
        assertThat(twoFactor.verify("tf.recovery", codes.get(4).replace("-", "").toUpperCase()))
                .isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
        assertThat(twoFactor.recoveryCodesLeft("tf.recovery")).isEqualTo(8);

        var used = history(account("tf.recovery")).stream()
                .filter(event -> event.action() == AuditAction.RECOVERY_CODE_USED).toList();
        assertThat(used).extracting(event -> event.details().get("left")).containsExactly("9", "8");
    }

    @Test
    void fiveWrongCodesLockTheAccountOut() {
        var secret = enrolled("tf.guess", Role.STAFF);
        clock.advance(STEP);
        var wrong = wrongCode(secret, clock.instant());

        for (int i = 1; i < AccountService.FAILURES_BEFORE_LOCKOUT; i++) {
            assertThat(twoFactor.verify("tf.guess", wrong)).isEqualTo(TwoFactorSignIn.Outcome.WRONG_CODE);
        }
        assertThat(twoFactor.verify("tf.guess", wrong)).isEqualTo(TwoFactorSignIn.Outcome.LOCKED_OUT);

        assertThat(accounts.isLockedOut(account("tf.guess"))).isTrue();
        // locked, even the right code does not sign in
        assertThat(twoFactor.verify("tf.guess", AuthenticatorCodes.codeAt(secret, clock.instant())))
                .isEqualTo(TwoFactorSignIn.Outcome.LOCKED_OUT);
        var actions = history(account("tf.guess")).stream().map(AuditEvent::action).toList();
        assertThat(actions).filteredOn(action -> action == AuditAction.SIGN_IN_FAILED)
                .hasSize(AccountService.FAILURES_BEFORE_LOCKOUT);
        assertThat(actions).contains(AuditAction.ACCOUNT_LOCKED_OUT).doesNotContain(AuditAction.SIGN_IN_SUCCEEDED);
    }

    @Test
    void administratorsCannotTurnTwoFactorOffButStaffCan() {
        var adminSecret = enrolled("tf.admin", Role.ADMIN);
        var staffSecret = enrolled("tf.staff", Role.STAFF);
        clock.advance(STEP);  // the codes that set the apps up are used

        assertThatThrownBy(() -> twoFactor.turnOff("tf.admin", AuthenticatorCodes.codeAt(adminSecret,
                clock.instant()))).isInstanceOf(AccountRuleException.class);
        assertThat(account("tf.admin").isTwoFactorEnrolled()).isTrue();
        assertThat(twoFactor.recoveryCodesLeft("tf.admin")).isEqualTo(10);

        // a session left open is not enough: it takes the app's current code
        assertThatThrownBy(() -> twoFactor.turnOff("tf.staff", wrongCode(staffSecret, clock.instant())))
                .isInstanceOf(AccountRuleException.class);
        assertThat(account("tf.staff").isTwoFactorEnrolled()).isTrue();

        twoFactor.turnOff("tf.staff", AuthenticatorCodes.codeAt(staffSecret, clock.instant()));
        var staff = account("tf.staff");
        assertThat(staff.isTwoFactorEnrolled()).isFalse();
        assertThat(staff.requiresSecondFactor()).isFalse();
        assertThat(twoFactor.recoveryCodesLeft("tf.staff")).isZero();
        assertThat(history(staff)).extracting(AuditEvent::action).contains(AuditAction.TWO_FACTOR_RESET);
    }

    @Test
    void newRecoveryCodesTakeTheAppsCurrentCodeAndReplaceTheOldOnes() {
        var secret = enrolled("tf.renew", Role.STAFF);
        clock.advance(STEP);
        var before = twoFactor.recoveryCodesLeft("tf.renew");

        assertThatThrownBy(() -> twoFactor.renewRecoveryCodes("tf.renew", wrongCode(secret, clock.instant())))
                .isInstanceOf(AccountRuleException.class);
        var codes = twoFactor.renewRecoveryCodes("tf.renew", AuthenticatorCodes.codeAt(secret, clock.instant()));

        assertThat(before).isEqualTo(10);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        clock.advance(STEP);
        assertThat(twoFactor.verify("tf.renew", codes.getFirst())).isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
        assertThat(history(account("tf.renew"))).extracting(AuditEvent::action)
                .contains(AuditAction.RECOVERY_CODES_RENEWED);
    }

    @Test
    void theFirstAdministratorMayComeWithItsAuthenticatorSecret() {
        // no other enabled administrator (the test rolls back), so the first one is made
        jdbc.sql("""
                update user_account set enabled = false
                 where id in (select user_account_id from user_account_role where role = 'ADMIN')
                """).update();
        var secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

        assertThat(accounts.ensureAdministrator("one-time-password", Optional.of(secret), () -> { })).isTrue();

        assertThat(account("admin").isTwoFactorEnrolled()).isTrue();
        assertThat(twoFactor.verify("admin", AuthenticatorCodes.codeAt(secret, clock.instant())))
                .isEqualTo(TwoFactorSignIn.Outcome.SIGNED_IN);
    }

    /** An account enrolled at the clock's current step; returns its secret. */
    private String enrolled(String username, Role role) {
        create(username, role);
        var secret = twoFactor.offer(username, ISSUER).secret();
        twoFactor.enrol(username, secret, AuthenticatorCodes.codeAt(secret, clock.instant()));
        return secret;
    }

    /** Six digits the app shows at no step the check accepts at {@code at}. */
    private static String wrongCode(String secret, Instant at) {
        var accepted = window(secret, at);
        for (int guess = 0;; guess++) {
            var code = "%06d".formatted(guess);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    private static List<String> window(String secret, Instant at) {
        return List.of(AuthenticatorCodes.codeAt(secret, at.minus(STEP)), AuthenticatorCodes.codeAt(secret, at),
                AuthenticatorCodes.codeAt(secret, at.plus(STEP)));
    }

    private void create(String username, Role role) {
        accounts.create(new NewAccount(username, "Test " + username, null, "a long enough password", Set.of(role),
                false));
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private List<AuditEvent> history(UserAccount account) {
        return audit.history(AccountService.AUDIT_TARGET, account.id());
    }
}
