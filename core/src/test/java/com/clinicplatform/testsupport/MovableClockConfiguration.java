package com.clinicplatform.testsupport;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts a {@link MovableClock} in place of the application's clock, for a test class that
 * {@code @Import}s it: the test moves time on instead of waiting for it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    /** Where the clock starts: a fixed morning in the clinic's time zone, so dates in assertions are stable. */
    public static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(START, ZoneId.of("Europe/London"));
    }
}
