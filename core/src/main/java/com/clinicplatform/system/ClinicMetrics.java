package com.clinicplatform.system;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clinic's own counters, beside the JVM's and the web server's on each app's {@code /actuator/prometheus}: what
 * the people running the platform watch. Each instance counts what it did; Prometheus adds the instances up.
 * Without a registry (core's tests) they count into Micrometer's global registry, which keeps nothing.
 */
@Component
public class ClinicMetrics {

    /** Inquiries stored, tagged {@code kind} {@code inquiry} or {@code spam}. */
    public static final String INQUIRIES_RECEIVED = "clinic.inquiries.received";
    /** Mail delivery attempts, tagged {@code outcome} {@code sent}, {@code retrying} or {@code failed}. */
    public static final String MAILS = "clinic.mails";
    /** Sign-ins refused in the console (a wrong password or code, a locked or disabled account). */
    public static final String SIGN_IN_FAILURES = "clinic.sign.in.failures";
    /** Requests for a public page the page cache could hold, tagged {@code result} {@code hit} or {@code miss}. */
    public static final String PAGE_CACHE = "clinic.page.cache.requests";

    private final MeterRegistry registry;

    ClinicMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
    }

    /** Counted once the inquiry's transaction commits: an inquiry rolled back was never received. */
    public void inquiryReceived(boolean spam) {
        afterCommit(() -> registry.counter(INQUIRIES_RECEIVED, "kind", spam ? "spam" : "inquiry").increment());
    }

    public void mailSent() {
        registry.counter(MAILS, "outcome", "sent").increment();
    }

    /** A delivery that failed: to be retried, or for good (it waits for staff). */
    public void mailFailed(boolean forGood) {
        registry.counter(MAILS, "outcome", forGood ? "failed" : "retrying").increment();
    }

    public void signInFailed() {
        registry.counter(SIGN_IN_FAILURES).increment();
    }

    public void pageCache(boolean hit) {
        registry.counter(PAGE_CACHE, "result", hit ? "hit" : "miss").increment();
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
