package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** What administrators do to accounts, acting as a chosen account; each test rolls back. */
@SpringBootTest
@Transactional
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class AccountAdministrationTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    ActingPerson acting;

    @BeforeEach
    void actAsThePlatform() {
        acting.asPlatform();
    }

    @Test
    void aNewAccountGetsAOneTimePasswordItMustChange() {
        var admin = create("adm.creator", Role.ADMIN);
        acting.as(admin);

        var created = administration.create(details("new.starter", Set.of(Role.STAFF, Role.EDITOR)));

        var stored = account("new.starter");
        assertThat(stored.id()).isEqualTo(created.account().id());
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.EDITOR);
        assertThat(created.password()).isNotBlank();
        assertThat(stored.passwordHash()).doesNotContain(created.password());
        assertThat(passwordEncoder.matches(created.password(), stored.passwordHash())).isTrue();
        assertThat(created.toString()).doesNotContain(created.password());

        var event = only(history(stored), AuditAction.ACCOUNT_CREATED);
        assertThat(event.actorId()).isEqualTo(admin.id());
        assertThat(event.actorUsername()).isEqualTo("adm.creator");
        assertThat(event.details()).containsEntry("roles", "EDITOR STAFF");
    }

    @Test
    void aUsernameTakenInAnyCaseIsRefused() {
        create("taken.name", Role.STAFF);

        assertThatThrownBy(() -> administration.create(details("Taken.Name", Set.of(Role.STAFF))))
                .isInstanceOf(AccountRuleException.class);
        assertThatThrownBy(() -> administration.create(details("taken.name", Set.of(Role.EDITOR))))
                .isInstanceOf(AccountRuleException.class);
        assertThat(jdbc.sql("select count(*) from user_account where lower(username) = 'taken.name'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(account("taken.name").roles()).containsExactly(Role.STAFF);
    }

    @Test
    void nobodyDisablesOrDemotesThemselves() {
        var alice = create("self.alice", Role.ADMIN);
        create("self.bob", Role.ADMIN);  // another enabled administrator: only the self rule can refuse
        acting.as(alice);

        assertThatThrownBy(() -> administration.disable(alice.id())).isInstanceOf(AccountRuleException.class);
        var current = account("self.alice");
        assertThatThrownBy(() -> administration.update(alice.id(), current.version(),
                new AccountDetails("self.alice", "Self Alice", null, Set.of(Role.STAFF))))
                .isInstanceOf(AccountRuleException.class);

        var after = account("self.alice");
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.roles()).containsExactly(Role.ADMIN);
        assertThat(accounts.sessionStamp("self.alice")).isPresent();

        var staff = create("self.staff", Role.STAFF);
        acting.as(staff);
        assertThatThrownBy(() -> administration.disable(staff.id())).isInstanceOf(AccountRuleException.class);
        assertThat(account("self.staff").isEnabled()).isTrue();
    }

    @Test
    void theLastEnabledAdministratorIsNeverDisabledOrDemoted() {
        disableEveryOtherAdministrator();
        var alice = create("last.alice", Role.ADMIN);
        var bob = create("last.bob", Role.ADMIN);
        acting.as(create("last.staff", Role.STAFF));  // a third account acts, so the self rule is out of play

        // with two enabled administrators, one may go
        administration.disable(alice.id());
        assertThat(account("last.alice").isEnabled()).isFalse();

        // bob is the last one now
        assertThatThrownBy(() -> administration.disable(bob.id()))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("last");
        assertThatThrownBy(() -> administration.update(bob.id(), account("last.bob").version(),
                new AccountDetails("last.bob", "Last Bob", null, Set.of(Role.STAFF, Role.EDITOR))))
                .isInstanceOf(AccountRuleException.class).hasMessageContaining("last");
        var stillBob = account("last.bob");
        assertThat(stillBob.isEnabled()).isTrue();
        assertThat(stillBob.roles()).containsExactly(Role.ADMIN);

        // the disabled administrator acting changes nothing either
        acting.as(account("last.alice"));
        assertThatThrownBy(() -> administration.disable(bob.id())).isInstanceOf(AccountRuleException.class);
        assertThat(account("last.bob").isEnabled()).isTrue();

        // once there are two again, bob may be demoted; then alice is the last
        administration.enable(alice.id());
        acting.as(account("last.staff"));
        administration.update(bob.id(), account("last.bob").version(),
                new AccountDetails("last.bob", "Last Bob", null, Set.of(Role.STAFF)));
        assertThat(account("last.bob").roles()).containsExactly(Role.STAFF);
        assertThatThrownBy(() -> administration.disable(alice.id())).isInstanceOf(AccountRuleException.class);
        assertThat(account("last.alice").isEnabled()).isTrue();
    }

    @Test
    void anUpdateFromAStaleVersionIsRefused() {
        var account = create("stale.version", Role.STAFF);
        long read = account("stale.version").version();

        var updated = administration.update(account.id(), read,
                new AccountDetails("stale.version", "First Change", "first@clinic.example", Set.of(Role.STAFF)));
        assertThat(updated.version()).isGreaterThan(read);

        assertThatThrownBy(() -> administration.update(account.id(), read,
                new AccountDetails("stale.version", "Second Change", null, Set.of(Role.STAFF))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var stored = account("stale.version");
        assertThat(stored.fullName()).isEqualTo("First Change");
        assertThat(stored.email()).contains("first@clinic.example");
        assertThat(only(history(stored), AuditAction.ACCOUNT_CHANGED).details())
                .containsEntry("changed", "email, full name");
    }

    @Test
    void aChangeOfRolesIsOnTheTrailWithWhatTheyWereAndBecame() {
        var admin = create("roles.admin", Role.ADMIN);
        var account = create("roles.changed", Role.STAFF);
        var stampBefore = accounts.sessionStamp("roles.changed").orElseThrow();
        acting.as(admin);

        administration.update(account.id(), account("roles.changed").version(),
                new AccountDetails("roles.changed", "Test roles.changed", null, Set.of(Role.EDITOR, Role.STAFF)));

        // sessions hold the roles they signed in with: they end, and the next sign-in has the new ones
        assertThat(accounts.sessionStamp("roles.changed")).isPresent().hasValueSatisfying(
                stamp -> assertThat(stamp).isNotEqualTo(stampBefore));

        var stored = account("roles.changed");
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.EDITOR);
        var event = only(history(stored), AuditAction.ACCOUNT_ROLES_CHANGED);
        assertThat(event.details()).isEqualTo(Map.of("from", "STAFF", "to", "EDITOR STAFF"));
        assertThat(event.actorId()).isEqualTo(admin.id());
        // the name did not change, so no such event
        assertThat(history(stored)).extracting(AuditEvent::action).doesNotContain(AuditAction.ACCOUNT_CHANGED);
    }

    @Test
    void unlockingLiftsALockoutAtOnce() {
        var account = create("unlock.me", Role.STAFF);
        IntStream.range(0, AccountService.FAILURES_BEFORE_LOCKOUT)
                .forEach(i -> accounts.recordFailedSignIn("unlock.me"));
        assertThat(accounts.isLockedOut(account("unlock.me"))).isTrue();

        var unlocked = administration.unlock(account.id());

        assertThat(accounts.isLockedOut(unlocked)).isFalse();
        assertThat(accounts.isLockedOut(account("unlock.me"))).isFalse();
        assertThat(history(unlocked)).extracting(AuditEvent::action).contains(AuditAction.ACCOUNT_UNLOCKED);
    }

    @Test
    void unlockingStartsTheCountOfFailuresAfresh() {
        var account = create("unlock.count", Role.STAFF);
        IntStream.range(0, AccountService.FAILURES_BEFORE_LOCKOUT - 1)
                .forEach(i -> accounts.recordFailedSignIn("unlock.count"));

        administration.unlock(account.id());

        assertThat(accounts.recordFailedSignIn("unlock.count")).isFalse();
        assertThat(accounts.isLockedOut(account("unlock.count"))).isFalse();
    }

    @Test
    void aLockoutRunsOutByItselfAfterFifteenMinutes() {
        create("unlock.wait", Role.STAFF);
        IntStream.range(0, AccountService.FAILURES_BEFORE_LOCKOUT)
                .forEach(i -> accounts.recordFailedSignIn("unlock.wait"));

        clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.isLockedOut(account("unlock.wait"))).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.isLockedOut(account("unlock.wait"))).isFalse();
    }

    @Test
    void aResetPasswordIsANewOneTimePasswordAndEndsTheSessions() {
        var admin = create("reset.admin", Role.ADMIN);
        var first = administration.create(details("reset.me", Set.of(Role.STAFF)));
        accounts.changePassword("reset.me", first.password(), "a password of my own choosing");
        var stampBefore = accounts.sessionStamp("reset.me");
        assertThat(stampBefore).isPresent();
        clock.advance(Duration.ofMinutes(1));
        acting.as(admin);

        var reset = administration.resetPassword(first.account().id());

        var stored = account("reset.me");
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(reset.password()).isNotEqualTo(first.password());
        assertThat(passwordEncoder.matches(reset.password(), stored.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches("a password of my own choosing", stored.passwordHash())).isFalse();
        assertThat(accounts.sessionStamp("reset.me")).isPresent().isNotEqualTo(stampBefore);
        assertThat(only(history(stored), AuditAction.PASSWORD_RESET).actorId()).isEqualTo(admin.id());
    }

    @Test
    void nobodyResetsTheirOwnPasswordHere() {
        var admin = create("reset.self", Role.ADMIN);
        var hash = admin.passwordHash();
        acting.as(admin);

        assertThatThrownBy(() -> administration.resetPassword(admin.id())).isInstanceOf(AccountRuleException.class);
        assertThat(account("reset.self").passwordHash()).isEqualTo(hash);
    }

    @Test
    void disablingEndsTheAccountsSessionsForGood() {
        var admin = create("disable.admin", Role.ADMIN);
        var account = create("disable.me", Role.STAFF);
        var stamp = accounts.sessionStamp("disable.me");
        assertThat(stamp).isPresent();
        acting.as(admin);

        administration.disable(account.id());

        assertThat(account("disable.me").isEnabled()).isFalse();
        assertThat(accounts.sessionStamp("disable.me")).isEmpty();
        assertThat(only(history(account("disable.me")), AuditAction.ACCOUNT_DISABLED).actorId())
                .isEqualTo(admin.id());

        // enabled again, it signs in afresh: a session from before the disable does not come back to life
        administration.enable(account.id());
        assertThat(accounts.sessionStamp("disable.me")).isPresent().isNotEqualTo(stamp);
    }

    private void disableEveryOtherAdministrator() {
        jdbc.sql("""
                update user_account set enabled = false
                 where id in (select user_account_id from user_account_role where role = 'ADMIN')
                """).update();
    }

    private UserAccount create(String username, Role... roles) {
        return accounts.create(new NewAccount(username, "Test " + username, null, "a long enough password",
                Set.of(roles), false));
    }

    private static AccountDetails details(String username, Set<Role> roles) {
        return new AccountDetails(username, "Test " + username, null, roles);
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private List<AuditEvent> history(UserAccount account) {
        return audit.history(AccountService.AUDIT_TARGET, account.id());
    }

    private static AuditEvent only(List<AuditEvent> events, AuditAction action) {
        var matching = events.stream().filter(event -> event.action() == action).toList();
        assertThat(matching).as("%s events", action).hasSize(1);
        return matching.getFirst();
    }
}
