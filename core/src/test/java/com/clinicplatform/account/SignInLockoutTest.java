package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** Five failed sign-ins in a row lock an account for fifteen minutes; the clock is moved, never waited for. */
@SpringBootTest
@Import(MovableClockConfiguration.class)
class SignInLockoutTest {

    @Autowired
    AccountService accounts;

    @Autowired
    MovableClock clock;

    @Test
    void theFifthFailureInARowLocksTheAccountForFifteenMinutes() {
        create("lockout.five");

        var locked = IntStream.rangeClosed(1, 5).mapToObj(i -> accounts.recordFailedSignIn("lockout.five")).toList();

        assertThat(locked).containsExactly(false, false, false, false, true);
        assertThat(accounts.isLockedOut(account("lockout.five"))).isTrue();
        // failures while locked neither count nor lengthen the lock
        assertThat(accounts.recordFailedSignIn("LOCKOUT.FIVE")).isFalse();
        clock.advance(Duration.ofMinutes(14));
        assertThat(accounts.isLockedOut(account("lockout.five"))).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(accounts.isLockedOut(account("lockout.five"))).isFalse();
        // and the count starts afresh
        assertThat(accounts.recordFailedSignIn("lockout.five")).isFalse();
        assertThat(accounts.isLockedOut(account("lockout.five"))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        create("lockout.reset");
        IntStream.range(0, 4).forEach(i -> accounts.recordFailedSignIn("lockout.reset"));

        accounts.recordSignIn("lockout.reset");

        assertThat(accounts.recordFailedSignIn("lockout.reset")).isFalse();
        assertThat(accounts.isLockedOut(account("lockout.reset"))).isFalse();
    }

    @Test
    void anUnknownNameLocksNothing() {
        assertThat(accounts.recordFailedSignIn("nobody.here")).isFalse();
    }

    private void create(String username) {
        accounts.create(new NewAccount(username, "Lock Test", null, "a long enough password", Set.of(Role.STAFF),
                false));
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }
}
