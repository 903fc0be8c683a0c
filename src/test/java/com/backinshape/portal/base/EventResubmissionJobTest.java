package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/** Which incomplete event publications are handed to their listeners again. */
class EventResubmissionJobTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void a_failed_publication_is_retried_after_its_backoff_not_before() {
        assertThat(due(Status.FAILED, NOW.minusSeconds(30), null, 0)).isFalse();
        assertThat(due(Status.FAILED, NOW.minusSeconds(60), null, 0)).isTrue();
        // after three earlier retries it waits 8 minutes from the last one
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(7)), 3))
                .isFalse();
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofMinutes(8)), 3))
                .isTrue();
    }

    @Test
    void the_wait_doubles_and_never_exceeds_an_hour() {
        assertThat(EventResubmissionJob.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(EventResubmissionJob.backoff(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(EventResubmissionJob.backoff(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(EventResubmissionJob.backoff(6)).isEqualTo(Duration.ofHours(1));
        assertThat(EventResubmissionJob.backoff(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void work_another_instance_is_doing_now_is_left_alone() {
        assertThat(due(Status.PROCESSING, NOW.minus(Duration.ofMinutes(5)), null, 0))
                .isFalse();
        assertThat(due(Status.PUBLISHED, NOW.minus(Duration.ofMinutes(5)), null, 0))
                .isFalse();
        assertThat(due(Status.RESUBMITTED, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(5)), 2))
                .isFalse();
    }

    @Test
    void a_publication_stuck_after_its_instance_stopped_is_retried() {
        assertThat(due(Status.PROCESSING, NOW.minus(Duration.ofMinutes(15)), null, 0))
                .isTrue();
        assertThat(due(Status.PUBLISHED, NOW.minus(Duration.ofHours(1)), null, 0))
                .isTrue();
        assertThat(due(Status.RESUBMITTED, NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(20)), 2))
                .isTrue();
    }

    @Test
    void after_ten_retries_a_publication_waits_for_the_operator_and_completed_ones_are_never_retried() {
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(2)), 9))
                .isTrue();
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofHours(2)), 10))
                .isFalse();
        assertThat(due(Status.COMPLETED, NOW.minus(Duration.ofDays(1)), null, 0))
                .isFalse();
    }

    private static boolean due(Status status, Instant published, @Nullable Instant lastResubmitted, int attempts) {
        return EventResubmissionJob.isDue(new Publication(status, published, lastResubmitted, attempts), NOW);
    }

    private record Publication(
            Status status, Instant published, @Nullable Instant lastResubmitted, int attempts)
            implements EventPublication {

        @Override
        public UUID getIdentifier() {
            return UUID.nameUUIDFromBytes(published.toString().getBytes());
        }

        @Override
        public Object getEvent() {
            return "event";
        }

        @Override
        public Instant getPublicationDate() {
            return published;
        }

        @Override
        public Optional<Instant> getCompletionDate() {
            return status == Status.COMPLETED ? Optional.of(published) : Optional.empty();
        }

        @Override
        public Status getStatus() {
            return status;
        }

        @Override
        public @Nullable Instant getLastResubmissionDate() {
            return lastResubmitted;
        }

        @Override
        public int getCompletionAttempts() {
            return attempts;
        }
    }
}
