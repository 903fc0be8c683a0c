package com.backinshape.portal.billing.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StripeEventRepository extends JpaRepository<StripeEventRecord, Long> {

    Optional<StripeEventRecord> findByEventId(String eventId);

    /** Counts a repeat delivery of an event already recorded. */
    @Modifying
    @Query("update StripeEventRecord e set e.repeats = e.repeats + 1 where e.eventId = :eventId")
    int countRepeat(String eventId);
}
