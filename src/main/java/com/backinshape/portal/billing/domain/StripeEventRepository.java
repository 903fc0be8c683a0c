package com.backinshape.portal.billing.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StripeEventRepository extends JpaRepository<StripeEventRecord, Long> {

    Optional<StripeEventRecord> findByEventId(String eventId);

    /** The event's row, locked until the transaction ends: one processing of an event at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from StripeEventRecord e where e.id = :id")
    Optional<StripeEventRecord> lockById(long id);

    /** Counts a repeat delivery of an event already recorded. */
    @Modifying
    @Query("update StripeEventRecord e set e.repeats = e.repeats + 1 where e.eventId = :eventId")
    int countRepeat(String eventId);

    List<StripeEventRecord> findTop100ByMemberIdOrderByStripeCreatedAtDesc(long memberId);

    /** The events list, newest received first, without a count query. */
    Slice<StripeEventRecord> findSliceBy(Pageable pageable);

    Slice<StripeEventRecord> findSliceByStatus(StripeEventRecord.Status status, Pageable pageable);
}
