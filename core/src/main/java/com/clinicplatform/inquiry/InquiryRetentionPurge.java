package com.clinicplatform.inquiry;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.clinicplatform.system.BackgroundJobs;

/**
 * Every night (at {@code clinic.inquiry-purge.cron}, in the clinic's time zone), on one instance, deletes the
 * inquiries past their retention. Between runs nothing is kept much longer than a day past its time.
 */
@Component
@ConditionalOnBooleanProperty(BackgroundJobs.ENABLED)
class InquiryRetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(InquiryRetentionPurge.class);

    private final InquiryInbox inbox;

    InquiryRetentionPurge(InquiryInbox inbox) {
        this.inbox = inbox;
    }

    @Scheduled(cron = "${clinic.inquiry-purge.cron:0 15 3 * * *}", zone = "${clinic.time-zone:Europe/London}")
    @SchedulerLock(name = "inquiry-retention-purge", lockAtMostFor = "30m")
    void purge() {
        int purged = inbox.purgeExpired();
        if (purged > 0) {
            log.info("Retention purge: deleted {} inquiries past their retention", purged);
        }
    }
}
