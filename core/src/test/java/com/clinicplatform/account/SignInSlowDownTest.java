package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import com.clinicplatform.audit.Actor;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/**
 * More than twenty failed sign-ins from one address within ten minutes slow that address down, by a wait that doubles
 * with each further failure up to a minute. Each test uses addresses of its own (documentation ranges, RFC 5737).
 */
@SpringBootTest
@Transactional
@Import(MovableClockConfiguration.class)
class SignInSlowDownTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    MovableClock clock;

    @Test
    void twentyFailuresCostNothingAndTheTwentyFirstASecond() {
        var address = "203.0.113.1";
        fail(address, 20);
        assertThat(accounts.signInPace(address).waitNow()).isZero();

        fail(address, 1);
        assertThat(accounts.signInPace(address).waitNow()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(500));
        assertThat(accounts.signInPace(address).waitNow()).isEqualTo(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(accounts.signInPace(address).waitNow()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.signInPace(address).waitNow()).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToAMinute() {
        var address = "203.0.113.2";
        fail(address, 20);

        for (long expected : new long[] {1, 2, 4, 8, 16, 32, 60, 60, 60}) {
            fail(address, 1);
            assertThat(accounts.signInPace(address).waitNow()).isEqualTo(Duration.ofSeconds(expected));
        }
        // the wait counts from the last failure
        clock.advance(Duration.ofSeconds(59));
        assertThat(accounts.signInPace(address).waitNow()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.signInPace(address).waitNow()).isZero();
    }

    @Test
    void failuresOlderThanTenMinutesNoLongerCount() {
        var recent = "203.0.113.3";
        var old = "203.0.113.4";
        fail(recent, 20);
        fail(old, 20);

        clock.advance(Duration.ofMinutes(9));
        fail(recent, 1);
        assertThat(accounts.signInPace(recent).waitNow()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofMinutes(2));
        fail(old, 1);
        assertThat(accounts.signInPace(old).waitNow()).isZero();
    }

    @Test
    void anotherAddressIsUnaffected() {
        var guesser = "203.0.113.5";
        var neighbour = "198.51.100.5";
        fail(neighbour, 20);
        fail(guesser, 26);
        assertThat(accounts.signInPace(guesser).waitNow()).isPositive();

        assertThat(accounts.signInPace(neighbour).waitNow()).isZero();
        assertThat(accounts.signInPace("203.0.113.55").waitNow()).isZero();
        assertThat(accounts.signInPace(null).waitNow()).isZero();
    }

    @Test
    void otherEventsFromTheAddressDoNotCount() {
        var address = "203.0.113.6";
        fail(address, 20);
        for (int i = 0; i < 5; i++) {
            audit.recordOnItsOwn(new Actor(null, "someone", address), AuditAction.SIGN_IN_SUCCEEDED,
                    AccountService.AUDIT_TARGET, null, Map.of());
        }
        assertThat(accounts.signInPace(address).waitNow()).isZero();
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            audit.recordOnItsOwn(new Actor(null, "guess" + i, address), AuditAction.SIGN_IN_FAILED,
                    AccountService.AUDIT_TARGET, null, Map.of());
        }
    }
}
