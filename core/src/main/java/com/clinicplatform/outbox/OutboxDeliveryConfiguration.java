package com.clinicplatform.outbox;

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
 * Runs {@link OutboxDelivery} on a schedule, once across all instances. Switched on by
 * {@code clinic.outbox.delivery.enabled}, which only web-admin's {@code application.properties} sets: public-site's
 * instances answer patients and scale with them, and mail is no part of that. A property rather than a class only
 * web-admin imports, so that the worker keeps living beside the outbox it empties and core's tests can switch it on.
 *
 * <p>ShedLock rather than db-scheduler: one small table ({@code V6__outbox_delivery_lock.sql}) and a plain
 * {@code @Scheduled} method, where db-scheduler brings its own task table, polling and executor for one job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("clinic.outbox.delivery.enabled")
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "5m")
class OutboxDeliveryConfiguration {

    /**
     * Locks in the shared database, timed by the database's clock ({@code usingDbTime()}), so instances whose own
     * clocks disagree still agree on when a lock ends. The database is named rather than detected: ShedLock detects
     * it once, on the first lock, and keeps "unknown" for good when the database is away at that moment, after which
     * no lock with the database's time could ever be taken again.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .usingDbTime()
                .build());
    }
}
