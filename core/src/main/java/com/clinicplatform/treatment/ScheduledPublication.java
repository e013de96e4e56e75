package com.clinicplatform.treatment;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.clinicplatform.system.BackgroundJobs;

/**
 * Puts scheduled changes live once their time has come: every few seconds, on one instance at a time, so a change
 * set for nine o'clock is on the website within moments of it.
 */
@Component
@ConditionalOnBooleanProperty(BackgroundJobs.ENABLED)
class ScheduledPublication {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublication.class);

    private final List<PageEditing<?, ?, ?>> kinds;

    ScheduledPublication(TreatmentEditing treatments, ConditionEditing conditions) {
        this.kinds = List.of(treatments, conditions);
    }

    @Scheduled(fixedDelayString = "${clinic.scheduled-publication.delay:10s}",
            initialDelayString = "${clinic.scheduled-publication.delay:10s}")
    @SchedulerLock(name = "scheduled-publication", lockAtMostFor = "5m")
    void publishDue() {
        int published = kinds.stream().mapToInt(PageEditing::publishDue).sum();
        if (published > 0) {
            log.info("Scheduled publication: {} page changes went live", published);
        }
    }
}
