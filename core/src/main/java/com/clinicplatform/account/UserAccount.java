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
        passwordHash = oneTimeHash;
        passwordChangedAt = now;  // a reset is a password change: sessions from before it end
        mustChangePassword = true;
        enabled = true;
        locked = false;
        roles.addAll(extraRoles);
        updatedAt = now;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
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

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<Instant> lastSignInAt() {
        return Optional.ofNullable(lastSignInAt);
    }
}
