package com.clinicplatform.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;

/**
 * The second step of signing in: a code from an authenticator app (RFC 6238), or one of ten recovery codes. Wrong
 * codes count against the account like wrong passwords, so the lockout bounds guessing; each code is accepted once.
 */
@Service
@Transactional
public class TwoFactorSignIn {

    /** How the second step of a sign-in ended. */
    public enum Outcome { SIGNED_IN, WRONG_CODE, LOCKED_OUT }

    /** A secret offered for enrolment: not stored until a code from the app proves the app holds it. */
    public record Enrolment(String secret, String setupUri) {
    }

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final RecoveryCodes recoveryCodes;
    private final AuditTrail audit;
    private final Clock clock;

    TwoFactorSignIn(UserAccountRepository accounts, AccountService accountService, RecoveryCodes recoveryCodes,
            AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for the account's authenticator app, named in the app by {@code issuer} and the username. */
    @Transactional(readOnly = true)
    public Enrolment offer(String username, String issuer) {
        var account = account(username);
        var secret = AuthenticatorCodes.newSecret();
        return new Enrolment(secret, AuthenticatorCodes.setupUri(issuer, account.username(), secret));
    }

    /**
     * Turns two-factor sign-in on with the offered secret once {@code code} shows the app holds it.
     *
     * @return the ten recovery codes, to be shown once
     * @throws AccountRuleException when the code is not the app's current one
     */
    public List<String> enrol(String username, String secret, String code) {
        var account = account(username);
        var step = AuthenticatorCodes.matchingStep(secret, code, clock.instant(), -1)
                .orElseThrow(() -> new AccountRuleException("This is not the code your app shows now. Check that"
                        + " you added the key shown here, and that your phone's clock is right."));
        account.enrolTwoFactor(secret, clock.instant());
        accounts.saveAndFlush(account);
        accounts.acceptTimeStep(account.id(), step);
        var codes = recoveryCodes.renew(account.id());
        audit.record(AuditAction.TWO_FACTOR_ENROLLED, AccountService.AUDIT_TARGET, account.id(), Map.of());
        return codes;
    }

    /**
     * A sign-in whose second step was setting up the app (an administrator's first): the right code it took counts
     * as the second factor, so the sign-in is complete, and recorded as any other.
     */
    public void signedInBySettingUp(String username) {
        var account = account(username);
        accountService.recordSignIn(account.username());
        audit.record(AuditAction.SIGN_IN_SUCCEEDED, AccountService.AUDIT_TARGET, account.id(),
                Map.of("second factor", "authenticator app set up"));
    }

    /**
     * Checks the second step of a sign-in: a current authenticator code not used before, or an unused recovery
     * code. A success completes the sign-in (on the trail, with the account's failures forgotten); a failure counts
     * towards the lockout.
     */
    public Outcome verify(String username, String code) {
        // locked for the check: codes sent at once are counted one after another, so the lockout holds for them too
        var account = accounts.findForUpdate(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        var now = clock.instant();
        if (account.isLockedAt(now) || account.totpSecret().isEmpty()) {
            return Outcome.LOCKED_OUT;
        }
        String factor = null;
        if (acceptsAppCode(account, code)) {
            factor = "authenticator app";
        } else if (recoveryCodes.use(account.id(), code, now)) {
            factor = "recovery code";
            audit.record(AuditAction.RECOVERY_CODE_USED, AccountService.AUDIT_TARGET, account.id(),
                    Map.of("left", Integer.toString(recoveryCodes.remaining(account.id()))));
        }
        if (factor != null) {
            accountService.recordSignIn(account.username());
            audit.record(AuditAction.SIGN_IN_SUCCEEDED, AccountService.AUDIT_TARGET, account.id(),
                    Map.of("second factor", factor));
            return Outcome.SIGNED_IN;
        }
        audit.record(AuditAction.SIGN_IN_FAILED, AccountService.AUDIT_TARGET, account.id(),
                Map.of("second factor", "wrong code"));
        return countWrongCode(account) ? Outcome.LOCKED_OUT : Outcome.WRONG_CODE;
    }

    /**
     * Ten new recovery codes in place of the old ones, to be shown once; only with a current code from the app, so a
     * session left open is not enough to take over the second factor.
     */
    public List<String> renewRecoveryCodes(String username, String currentCode) {
        var account = accounts.findForUpdate(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        if (!account.isTwoFactorEnrolled()) {
            throw new AccountRuleException("Set up two-factor sign-in first.");
        }
        requireCurrentCode(account, currentCode);
        var codes = recoveryCodes.renew(account.id());
        audit.record(AuditAction.RECOVERY_CODES_RENEWED, AccountService.AUDIT_TARGET, account.id(), Map.of());
        return codes;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return recoveryCodes.remaining(account(username).id());
    }

    /**
     * Turns off one's own two-factor sign-in, with a current code from the app; administrators cannot, as it is
     * mandatory for them.
     */
    public void turnOff(String username, String currentCode) {
        var account = accounts.findForUpdate(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        if (account.hasRole(Role.ADMIN)) {
            throw new AccountRuleException("Two-factor sign-in is required for administrators.");
        }
        if (!account.isTwoFactorEnrolled()) {
            return;
        }
        requireCurrentCode(account, currentCode);
        turnOff(account(username));  // read again: accepting the code's time step cleared what was loaded
    }

    /** A current code from the app, not used before; a wrong one counts towards the lockout, as at sign-in. */
    private void requireCurrentCode(UserAccount account, String code) {
        if (acceptsAppCode(account, code)) {
            return;
        }
        countWrongCode(account);
        throw new AccountRuleException("This is not the code your app shows now, or it has been used. Enter the"
                + " next code your app shows.");
    }

    /** Whether {@code code} is the app's for now and was not used before; if so, it is used up. */
    private boolean acceptsAppCode(UserAccount account, String code) {
        var step = AuthenticatorCodes.matchingStep(account.totpSecret().orElseThrow(), code, clock.instant(),
                accounts.lastTimeStep(account.id()));
        return step.isPresent() && accounts.acceptTimeStep(account.id(), step.getAsLong()) == 1;
    }

    /** Counts a wrong code like a wrong password; returns whether it locked the account (which goes on the trail). */
    private boolean countWrongCode(UserAccount account) {
        if (!accountService.recordFailedSignIn(account.username())) {
            return false;
        }
        audit.record(AuditAction.ACCOUNT_LOCKED_OUT, AccountService.AUDIT_TARGET, account.id(),
                Map.of("minutes", Long.toString(AccountService.LOCKOUT.toMinutes())));
        return true;
    }

    /** Forgets the account's secret and recovery codes (its owner sets it up again, if they must, at sign-in). */
    void turnOff(UserAccount account) {
        account.turnOffTwoFactor(clock.instant());
        recoveryCodes.forget(account.id());
        audit.record(AuditAction.TWO_FACTOR_RESET, AccountService.AUDIT_TARGET, account.id(), Map.of());
    }

    private UserAccount account(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
    }
}
