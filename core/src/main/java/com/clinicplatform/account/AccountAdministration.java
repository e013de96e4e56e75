package com.clinicplatform.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.system.DatabaseLocks;

/**
 * What administrators do to other people's accounts, each step on the audit trail. Two rules hold whoever asks:
 * nobody disables or demotes themselves, and the last enabled administrator is never disabled or demoted (checked
 * under a database lock, so two administrators demoting each other at once cannot both succeed).
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    /** A new or reset account's one-time password: shown once to the administrator, never stored as given. */
    public record OneTimePassword(UserAccount account, String password) {

        @Override
        public String toString() {
            return "OneTimePassword[" + account.username() + "]";
        }
    }

    private static final Sort BY_NAME = Sort.by(Sort.Order.asc("fullName").ignoreCase(), Sort.Order.asc("id"));

    private final UserAccountRepository accounts;
    private final TwoFactorSignIn twoFactor;
    private final PasswordEncoder passwordEncoder;
    private final DatabaseLocks locks;
    private final AuditTrail audit;
    private final Clock clock;

    AccountAdministration(UserAccountRepository accounts, TwoFactorSignIn twoFactor, PasswordEncoder passwordEncoder,
            DatabaseLocks locks, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.passwordEncoder = passwordEncoder;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The accounts whose username, name or email contains {@code search}, by name unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<UserAccount> page(String search, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_NAME);
        return accounts.search(normalise(search), sorted);
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return accounts.countSearch(normalise(search));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return accounts.findById(id);
    }

    /** Creates the account with a one-time password, which its owner must change at the first sign-in. */
    public OneTimePassword create(@Valid AccountDetails details) {
        var username = details.username().strip();
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw new AccountRuleException("The username " + username + " is taken. Choose another.");
        }
        var password = GeneratedPasswords.generate();
        var account = accounts.save(new UserAccount(username, details.fullName().strip(), email(details),
                passwordEncoder.encode(password), details.roles(), true, clock.instant()));
        audit.record(AuditAction.ACCOUNT_CREATED, AccountService.AUDIT_TARGET, account.id(),
                Map.of("roles", names(details.roles())));
        return new OneTimePassword(account, password);
    }

    /**
     * Changes the account's name, email and roles, as they were read at {@code version}.
     *
     * @throws OptimisticLockingFailureException when someone changed the account since
     */
    public UserAccount update(long id, long version, @Valid AccountDetails details) {
        locks.lockUntilCommit("administrators");
        var account = current(id, version);
        var changed = new TreeSet<String>();
        if (!account.fullName().equals(details.fullName().strip())) {
            changed.add("full name");
        }
        if (!Objects.equals(account.email().orElse(null), email(details))) {
            changed.add("email");
        }
        if (!changed.isEmpty()) {
            account.changeDetails(details.fullName().strip(), email(details), clock.instant());
            audit.record(AuditAction.ACCOUNT_CHANGED, AccountService.AUDIT_TARGET, id,
                    Map.of("changed", String.join(", ", changed)));
        }
        var before = account.roles();
        if (!before.equals(details.roles())) {
            if (before.contains(Role.ADMIN) && !details.roles().contains(Role.ADMIN)) {
                refuseLosingAdministrator(account, "remove your own administrator role",
                        "remove the administrator role from");
            }
            account.changeRoles(details.roles(), clock.instant());
            audit.record(AuditAction.ACCOUNT_ROLES_CHANGED, AccountService.AUDIT_TARGET, id,
                    Map.of("from", names(before), "to", names(details.roles())));
        }
        return accounts.saveAndFlush(account);
    }

    /** Disables the account: it cannot sign in, and its sessions end at their next request. */
    public UserAccount disable(long id) {
        locks.lockUntilCommit("administrators");
        var account = existing(id);
        if (account.isEnabled()) {
            if (account.hasRole(Role.ADMIN)) {
                refuseLosingAdministrator(account, "disable your own account", "disable");
            } else if (isActor(account)) {
                throw new AccountRuleException("You cannot disable your own account.");
            }
            account.enable(false, clock.instant());
            audit.record(AuditAction.ACCOUNT_DISABLED, AccountService.AUDIT_TARGET, id, Map.of());
        }
        return accounts.saveAndFlush(account);
    }

    public UserAccount enable(long id) {
        var account = existing(id);
        if (!account.isEnabled()) {
            account.enable(true, clock.instant());
            audit.record(AuditAction.ACCOUNT_ENABLED, AccountService.AUDIT_TARGET, id, Map.of());
        }
        return accounts.saveAndFlush(account);
    }

    /** Lifts a lockout after failed sign-ins before it runs out. */
    public UserAccount unlock(long id) {
        existing(id);
        accounts.unlock(id);
        audit.record(AuditAction.ACCOUNT_UNLOCKED, AccountService.AUDIT_TARGET, id, Map.of());
        return existing(id);
    }

    /**
     * Gives the account a new one-time password, to be changed at its next sign-in; its sessions end. For one's own
     * account, "Change password" is the way.
     */
    public OneTimePassword resetPassword(long id) {
        var account = existing(id);
        if (isActor(account)) {
            throw new AccountRuleException("To change your own password, use Change password in your account menu.");
        }
        var password = GeneratedPasswords.generate();
        account.resetPassword(passwordEncoder.encode(password), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, AccountService.AUDIT_TARGET, id, Map.of());
        return new OneTimePassword(accounts.saveAndFlush(account), password);
    }

    /**
     * Turns off the account's two-factor sign-in, for someone who lost their phone and their recovery codes; its
     * sessions end. An administrator sets it up again at their next sign-in; anyone else may.
     */
    public UserAccount resetTwoFactor(long id) {
        var account = existing(id);
        if (isActor(account)) {
            throw new AccountRuleException("Another administrator must do this for your own account.");
        }
        if (account.isTwoFactorEnrolled()) {
            twoFactor.turnOff(account);
            account.endSessions(clock.instant());  // a lost phone may be in someone else's hands, signed in
        }
        return accounts.saveAndFlush(account);
    }

    private void refuseLosingAdministrator(UserAccount account, String selfAction, String otherAction) {
        if (isActor(account)) {
            throw new AccountRuleException("You cannot " + selfAction + ". Another administrator can.");
        }
        if (account.isEnabled() && accounts.countOtherEnabledWithRole(Role.ADMIN, account.id()) == 0) {
            throw new AccountRuleException("You cannot " + otherAction + " the last active administrator."
                    + " Give someone else the administrator role first.");
        }
    }

    private boolean isActor(UserAccount account) {
        return account.id().equals(audit.actor().accountId());
    }

    private UserAccount existing(long id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
    }

    private UserAccount current(long id, long version) {
        var account = existing(id);
        if (account.version() != version) {
            throw new OptimisticLockingFailureException("Account " + id + " changed since it was read");
        }
        return account;
    }

    private static String email(AccountDetails details) {
        return details.email() == null || details.email().isBlank() ? null : details.email().strip();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
    }

    private static String normalise(String search) {
        return search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }
}
