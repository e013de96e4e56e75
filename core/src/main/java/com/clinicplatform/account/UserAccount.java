package com.clinicplatform.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/** A member of staff who signs in to the console. */
@Entity
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private String fullName;

    private String email;

    @Column(nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private boolean locked;

    /** Set by the database alone, with the failed sign-ins it counts (see {@code UserAccountRepository}). */
    @Column(insertable = false, updatable = false)
    private Instant lockedUntil;

    private boolean mustChangePassword;

    private Instant passwordChangedAt;

    private Instant lastSignInAt;

    /** Base32; set once the person has shown their authenticator app has it (the last step used is the database's). */
    private String totpSecret;

    private Instant totpEnrolledAt;

    /** Sessions signed in before this moment end (set when an administrator changes what the account may do). */
    private Instant sessionsValidFrom;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    UserAccount(String username, String fullName, String email, String passwordHash, Set<Role> roles,
            boolean mustChangePassword, Instant now) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = false;
        passwordChangedAt = now;
        updatedAt = now;
    }

    /** Gives the account a one-time password and makes it usable again, with {@code extraRoles} added to its roles. */
    void reset(String oneTimeHash, Set<Role> extraRoles, Instant now) {
        resetPassword(oneTimeHash, now);  // a password change: sessions from before it end
        enabled = true;
        locked = false;
        roles.addAll(extraRoles);
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }

    void enrolTwoFactor(String secret, Instant now) {
        totpSecret = secret;
        totpEnrolledAt = now;
        updatedAt = now;
    }

    void turnOffTwoFactor(Instant now) {
        totpSecret = null;
        totpEnrolledAt = null;
        updatedAt = now;
    }

    /** Ends every session of the account, on its next request. */
    void endSessions(Instant now) {
        sessionsValidFrom = now;
        updatedAt = now;
    }

    void changeDetails(String fullName, String email, Instant now) {
        this.fullName = fullName;
        this.email = email;
        updatedAt = now;
    }

    /** New roles take effect at the next sign-in: the account's sessions end, whatever roles they held. */
    void changeRoles(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        endSessions(now);
    }

    void enable(boolean enabled, Instant now) {
        this.enabled = enabled;
        endSessions(now);  // a disabled account's sessions end for good, not only while it is disabled
    }

    /** Gives the account a one-time password, to be changed at its next sign-in; its sessions end. */
    void resetPassword(String oneTimeHash, Instant now) {
        passwordHash = oneTimeHash;
        passwordChangedAt = now;
        mustChangePassword = true;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the account refuses sign-ins at {@code now}: locked by an administrator, or after too many failures. */
    public boolean isLockedAt(Instant now) {
        return locked || (lockedUntil != null && lockedUntil.isAfter(now));
    }

    /** Until when failed sign-ins keep the account locked, if they ever did (it may lie in the past). */
    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isTwoFactorEnrolled() {
        return totpSecret != null;
    }

    /** Two-factor sign-in is mandatory for administrators and chosen by anyone else who set it up. */
    public boolean requiresSecondFactor() {
        return isTwoFactorEnrolled() || hasRole(Role.ADMIN);
    }

    Optional<String> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }
}
