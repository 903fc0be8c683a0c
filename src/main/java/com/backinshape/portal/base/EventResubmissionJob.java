package com.backinshape.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith records every event in the publication log; a listener that failed (or never ran because an instance
 * stopped) leaves its publication incomplete. This job hands those to their listeners again, so a committed event ends
 * up handled, but only the ones {@link #isDue} picks: never a publication another instance is working on now.
 */
@Component
class EventResubmissionJob {

    /** A publication still being handled (or not yet picked up) after this long is taken as stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(15);
    /** Wait before the first retry, doubled for each further one, at most {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);

    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * After this many resubmissions the publication stays failed: the operator looks (metric
     * {@code portal.events.failed}).
     */
    static final int MAX_ATTEMPTS = 10;

    private static final Logger log = LoggerFactory.getLogger(EventResubmissionJob.class);
    private final IncompleteEventPublications incomplete;
    private final Clock clock;
    private final JobFailures failures;

    EventResubmissionJob(IncompleteEventPublications incomplete, Clock clock, JobFailures failures) {
        this.incomplete = incomplete;
        this.clock = clock;
        this.failures = failures;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${app.events.resubmit-every:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    void resubmit() {
        Instant now = clock.instant();
        try {
            incomplete.resubmitIncompletePublications(p -> isDue(p, now));
        } catch (RuntimeException e) {
            failures.record("event-resubmission", e);
        }
    }

    /**
     * Retried: a publication whose listener failed, or one stuck (not completed {@link #STUCK_AFTER} after it was
     * published or last resubmitted, e.g. its instance stopped mid-work), once its backoff has passed and while it has
     * had fewer than {@link #MAX_ATTEMPTS} resubmissions. A publication being handled right now (recent, not failed) is
     * left alone.
     */
    static boolean isDue(EventPublication publication, Instant now) {
        if (publication.isCompleted() || publication.getCompletionAttempts() >= MAX_ATTEMPTS) {
            return false;
        }
        Instant lastTry = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        boolean failed = publication.getStatus() == EventPublication.Status.FAILED;
        Duration wait = failed ? backoff(publication.getCompletionAttempts()) : STUCK_AFTER;
        boolean due = !lastTry.plus(wait).isAfter(now);
        if (due && !failed) {
            log.warn(
                    "Event publication {} ({}) stuck since {}: resubmitting",
                    publication.getIdentifier(),
                    publication.getStatus(),
                    lastTry);
        }
        return due;
    }

    /** 1 min, 2 min, 4 min ... at most 1 h, after {@code attempts} earlier resubmissions. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
