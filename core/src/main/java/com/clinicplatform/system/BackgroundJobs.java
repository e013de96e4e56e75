package com.clinicplatform.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.DatabaseProduct;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The platform's background jobs (delivering the outbox's mail, purging inquiries past their retention): scheduled,
 * and each run once across all instances, whichever holds its lock. Switched on by
 * {@code clinic.background-jobs.enabled}, which only web-admin's {@code application.properties} sets: public-site's
 * instances answer patients and scale with them, and these jobs are no part of that. A property rather than a class
 * only web-admin imports, so that each job keeps living beside what it works on and core's tests can switch it on.
 *
 * <p>ShedLock rather than db-scheduler: one small table ({@code V6__outbox_delivery_lock.sql}) and plain
 * {@code @Scheduled} methods, where db-scheduler brings its own task table, polling and executor.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(BackgroundJobs.ENABLED)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "5m")
public class BackgroundJobs {

    /** The property that switches the background jobs on. */
    public static final String ENABLED = "clinic.background-jobs.enabled";


    /**
     * Locks in the shared database, timed by the database's clock ({@code usingDbTime()}), so instances whose own
     * clocks disagree still agree on when a lock ends. The database is named rather than detected: ShedLock detects
     * it once, on the first lock, and keeps "unknown" for good when the database is away at that moment, after which
     * no lock with the database's time could ever be taken again.
     */
    @Bean
    public LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .usingDbTime()
                .build());
    }
}
