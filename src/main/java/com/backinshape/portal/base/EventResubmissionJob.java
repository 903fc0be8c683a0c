package com.backinshape.portal.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith records every event in the publication log; a listener that failed (or never ran
 * because the application stopped) leaves its publication incomplete. This job hands those to their
 * listeners again, so a committed event always ends up handled.
 */
@Component
class EventResubmissionJob {

    private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);
    private final IncompleteEventPublications incomplete;

    EventResubmissionJob(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${app.events.resubmit-every:PT1M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit incomplete event publications: {}", e.getMessage());
        }
    }
}
