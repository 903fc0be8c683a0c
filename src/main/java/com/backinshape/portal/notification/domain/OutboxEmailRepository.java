package com.backinshape.portal.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

    boolean existsByDedupKey(String dedupKey);

    Optional<OutboxEmail> findByDedupKey(String dedupKey);

    /** Ids of PENDING emails whose next attempt is due, oldest due first. */
    @Query("""
            select e.id from OutboxEmail e
            where e.status = com.backinshape.portal.notification.domain.EmailStatus.PENDING
              and e.nextAttemptAt <= :now
            order by e.nextAttemptAt, e.id""")
    List<Long> findDueIds(Instant now, Pageable page);

    /**
     * Claims a due email for one sender by pushing its next attempt to {@code leaseUntil}: of two
     * instances racing for the same row, exactly one gets 1. A sender that dies while sending leaves
     * the row to be retried when the lease runs out.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEmail e set e.nextAttemptAt = :leaseUntil, e.version = e.version + 1
            where e.id = :id
              and e.status = com.backinshape.portal.notification.domain.EmailStatus.PENDING
              and e.nextAttemptAt <= :now""")
    int claim(long id, Instant now, Instant leaseUntil);

    @Query("""
            select new com.backinshape.portal.notification.domain.OutboxEmailSummary(
                e.id, e.toAddress, e.subject, e.createdAt, e.status)
            from OutboxEmail e order by e.createdAt desc, e.id desc""")
    Slice<OutboxEmailSummary> findLatest(Pageable page);
}
