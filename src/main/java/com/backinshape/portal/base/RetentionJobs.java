package com.backinshape.portal.base;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared kernel's daily retention: handled event publications after {@code completed-events}, and rate-limit counts
 * after {@code sign-in-records}. Run by the scheduler as the system; each run is idempotent, so a second instance
 * running it too deletes nothing more.
 */
@Component
public class RetentionJobs {

    private static final Logger log = LoggerFactory.getLogger(RetentionJobs.class);

    private final JdbcClient jdbc;
    private final RateLimitHitRepository hits;
    private final RetentionProperties settings;
    private final Clock clock;

    RetentionJobs(JdbcClient jdbc, RateLimitHitRepository hits, RetentionProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.hits = hits;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "retention-delete-completed-event-publications", lockAtMostFor = "PT30M")
    @Transactional
    public void deleteCompletedEventPublications() {
        Instant before = clock.instant().minus(settings.completedEvents());
        int deleted = jdbc.sql(
                        "delete from event_publication where completion_date is not null and completion_date < ?")
                .param(java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .update();
        log.info(
                "Retention: {} handled event publication(s) older than {} deleted",
                deleted,
                RetentionProperties.words(settings.completedEvents()));
    }

    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "retention-forget-rate-limit-hits", lockAtMostFor = "PT30M")
    @Transactional
    public void forgetRateLimitHits() {
        int deleted = hits.deleteOlderThan(clock.instant().minus(settings.signInRecords()));
        log.info("Retention: {} rate-limit record(s) deleted", deleted);
    }
}
