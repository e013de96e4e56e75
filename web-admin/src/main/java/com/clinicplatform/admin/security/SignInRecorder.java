package com.clinicplatform.admin.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.account.UserAccount;
import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.system.ClinicMetrics;

/**
 * Keeps each account's last sign-in time, which administrators see beside the account; counts failed sign-ins, the
 * fifth in a row locking the account for a while; and puts every sign-in, failed one and lockout on the audit trail.
 * A correct password that still needs its second factor is not a sign-in yet, and does not forget earlier failures:
 * otherwise a known password would allow unlimited guesses at the codes.
 */
@Component
class SignInRecorder {

    private final AccountService accounts;
    private final AuditTrail audit;
    private final ClinicMetrics metrics;

    SignInRecorder(AccountService accounts, AuditTrail audit, ClinicMetrics metrics) {
        this.accounts = accounts;
        this.audit = audit;
        this.metrics = metrics;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (SignInSteps.isPending(authentication)) {
            return;  // the password was right; the sign-in is recorded once the second factor is (TwoFactorSignIn)
        }
        accounts.recordSignIn(authentication.getName());
        var accountId = accounts.findByUsername(authentication.getName()).map(UserAccount::id).orElse(null);
        var actor = new Actor(accountId, authentication.getName(), clientAddress(authentication));
        audit.recordOnItsOwn(actor, AuditAction.SIGN_IN_SUCCEEDED, AccountService.AUDIT_TARGET, accountId, Map.of());
    }

    /**
     * A failed sign-in names the account only when one by that name exists: what people type as a username is
     * sometimes their password, which must never reach the trail.
     */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        metrics.signInFailed();
        var authentication = event.getAuthentication();
        var account = authentication.getName() == null ? Optional.<UserAccount>empty()
                : accounts.findByUsername(authentication.getName());
        var actor = new Actor(null, account.map(UserAccount::username).orElse(null), clientAddress(authentication));
        var accountId = account.map(UserAccount::id).orElse(null);
        audit.recordOnItsOwn(actor, AuditAction.SIGN_IN_FAILED, AccountService.AUDIT_TARGET, accountId,
                account.isPresent() ? Map.of() : Map.of("account", "unknown"));
        if (account.isPresent() && accounts.recordFailedSignIn(account.get().username())) {
            audit.recordOnItsOwn(actor, AuditAction.ACCOUNT_LOCKED_OUT, AccountService.AUDIT_TARGET, accountId,
                    Map.of("minutes", Long.toString(AccountService.LOCKOUT.toMinutes())));
        }
    }

    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
