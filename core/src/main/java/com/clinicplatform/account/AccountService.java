package com.clinicplatform.account;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.system.DatabaseLocks;

@Service
@Validated
@Transactional(readOnly = true)
public class AccountService {

    public static final String FIRST_ADMINISTRATOR = "admin";
    /** How accounts are named on the audit trail. */
    public static final String AUDIT_TARGET = "account";
    /** NIST SP 800-63B leaves the number to us; five in a row is far from a typo's reach. */
    public static final int FAILURES_BEFORE_LOCKOUT = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    public static final int ADDRESS_FAILURES_BEFORE_SLOW_DOWN = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    public static final Duration ADDRESS_MAX_WAIT = Duration.ofMinutes(1);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final DatabaseLocks locks;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, DatabaseLocks locks,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.locks = locks;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip());
    }

    /** The name to sign something with on behalf of whoever is acting: their full name, or the platform's. */
    public String signatureOf(Actor actor) {
        return Optional.ofNullable(actor.username()).flatMap(this::findByUsername).map(UserAccount::fullName)
                .orElse(Objects.requireNonNullElse(actor.username(), "The platform"));
    }

    /** Everyone who may work inquiries and patients (disabled accounts too: they may still hold some), by name. */
    public List<UserAccount> staff() {
        return accounts.findWithRole(Role.STAFF);
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    public boolean hasEnabledAdministrator() {
        return accounts.existsEnabledWithRole(Role.ADMIN);
    }

    @Transactional
    public UserAccount create(@Valid NewAccount account) {
        return accounts.save(new UserAccount(account.username(), account.fullName().strip(), account.email(),
                passwordEncoder.encode(account.password()), account.roles(), account.mustChangePassword(),
                clock.instant()));
    }

    /**
     * Makes sure someone can administer the platform: when no enabled account holds ADMIN, the account
     * {@value #FIRST_ADMINISTRATOR} gets every role and this one-time password (and is created if missing).
     * Runs under a database lock, so of several instances starting at once only one does it.
     *
     * @param handOver runs in the same transaction once the account is ready, to pass the password on (write it
     *                 where the person running the platform finds it); should it fail, no account is changed, so
     *                 nobody is left with an administrator whose password nobody knows
     * @return whether this call created or reset the account
     */
    @Transactional
    public boolean ensureAdministrator(String oneTimePassword, Optional<String> totpSecret, Runnable handOver) {
        locks.lockUntilCommit("first-administrator");
        if (accounts.existsEnabledWithRole(Role.ADMIN)) {
            return false;
        }
        var everyRole = EnumSet.allOf(Role.class);
        var hash = passwordEncoder.encode(oneTimePassword);
        var admin = accounts.findByUsernameIgnoreCase(FIRST_ADMINISTRATOR).orElse(null);
        if (admin == null) {
            admin = accounts.save(new UserAccount(FIRST_ADMINISTRATOR, "Administrator", null, hash, everyRole, true,
                    clock.instant()));
        } else {
            admin.reset(hash, everyRole, clock.instant());
        }
        if (totpSecret.isPresent()) {
            admin.enrolTwoFactor(AuthenticatorCodes.normalise(totpSecret.get()), clock.instant());
        }
        handOver.run();
        return true;
    }

    /** Changes a password after checking the current one; ending other sessions is the caller's part. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        var account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordChangeException(PasswordChangeException.Field.CURRENT_PASSWORD,
                    "This is not your current password.");
        }
        var problem = PasswordPolicy.problemWith(newPassword, account.username());
        if (problem.isPresent()) {
            throw new PasswordChangeException(PasswordChangeException.Field.NEW_PASSWORD, problem.get());
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new PasswordChangeException(PasswordChangeException.Field.NEW_PASSWORD,
                    "Choose a password different from the current one.");
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, AUDIT_TARGET, account.id(), Map.of());
        events.publishEvent(new PasswordChanged(account.username()));
    }

    /**
     * The account's session stamp: a session keeps the one it signed in with and may go on only while the account
     * still has it. It changes with every password change or reset; it is empty for an account that is disabled,
     * locked or gone.
     */
    public Optional<String> sessionStamp(String username) {
        return accounts.findStanding(username).flatMap(SessionStanding::stamp);
    }

    @Transactional
    public void recordSignIn(String username) {
        accounts.forgetFailedSignIns(username);
        accounts.findByUsernameIgnoreCase(username).ifPresent(account -> account.signedIn(clock.instant()));
    }

    /**
     * Counts a failed sign-in against the account: the {@value #FAILURES_BEFORE_LOCKOUT}th in a row locks it for
     * {@link #LOCKOUT}.
     *
     * @return whether this failure locked the account
     */
    @Transactional
    public boolean recordFailedSignIn(String username) {
        var now = clock.instant();
        if (accounts.countFailedSignIn(username, FAILURES_BEFORE_LOCKOUT, now, now.plus(LOCKOUT)) == 0) {
            return false;  // no such account, or locked already
        }
        // it was not locked before this failure was counted: locked now means this failure did it
        return accounts.findByUsernameIgnoreCase(username).map(account -> account.isLockedAt(now)).orElse(false);
    }

    /**
     * The pace a client address must keep: nothing, until more than {@value #ADDRESS_FAILURES_BEFORE_SLOW_DOWN}
     * sign-ins from it failed within {@link #ADDRESS_WINDOW}; then its attempts must be a spacing apart that doubles
     * with each further failure, from a second up to {@link #ADDRESS_MAX_WAIT}, counted from its last failure (how long
     * it must still wait). Guessing across many accounts from one place slows to a crawl, while nobody's account is
     * locked by it. The spacing lets a caller space attempts that arrive at once, too.
     */
    public SignInPace signInPace(String clientAddress) {
        if (clientAddress == null) {
            return SignInPace.FREE;
        }
        var now = clock.instant();
        var failures = audit.failedSignInsFrom(clientAddress, now.minus(ADDRESS_WINDOW));
        int beyond = failures.count() - ADDRESS_FAILURES_BEFORE_SLOW_DOWN;
        if (beyond <= 0) {
            return SignInPace.FREE;
        }
        var spacing = Duration.ofSeconds(Math.min(1L << Math.min(beyond - 1, 20), ADDRESS_MAX_WAIT.toSeconds()));
        var until = failures.last().plus(spacing);
        return new SignInPace(until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO, spacing);
    }

    /** See {@link #signInPace}. */
    public record SignInPace(Duration waitNow, Duration spacing) {

        static final SignInPace FREE = new SignInPace(Duration.ZERO, Duration.ZERO);
    }

    /** Whether the account refuses sign-ins now (locked by an administrator, or after too many failures). */
    public boolean isLockedOut(UserAccount account) {
        return account.isLockedAt(clock.instant());
    }
}
