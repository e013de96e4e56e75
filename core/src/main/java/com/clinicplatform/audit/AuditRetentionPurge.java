package com.clinicplatform.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.clinicplatform.system.BackgroundJobs;

/**
 * Every night (at {@code clinic.audit-purge.cron}, in the clinic's time zone), on one instance, deletes the audit
 * events older than {@link AuditRetention}; the purge itself goes on the trail, as counts.
 */
@Component
@ConditionalOnBooleanProperty(BackgroundJobs.ENABLED)
class AuditRetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(AuditRetentionPurge.class);

    private final AuditTrail trail;
    private final AuditRetention retention;

    AuditRetentionPurge(AuditTrail trail, AuditRetention retention) {
        this.trail = trail;
        this.retention = retention;
    }

    @Scheduled(cron = "${clinic.audit-purge.cron:0 45 3 * * *}", zone = "${clinic.time-zone:Europe/London}")
    @SchedulerLock(name = "audit-retention-purge", lockAtMostFor = "30m")
    void purge() {
        int purged = trail.purgeExpired();
        if (purged > 0) {
            log.info("Audit retention purge: deleted {} events older than {} years", purged,
                    retention.auditRetentionYears());
        }
    }
}
