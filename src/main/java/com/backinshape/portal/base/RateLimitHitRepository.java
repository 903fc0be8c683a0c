package com.backinshape.portal.base;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RateLimitHitRepository extends JpaRepository<RateLimitHit, Long> {

    @Query("select count(h) from RateLimitHit h where h.bucket = :bucket and h.occurredAt > :since")
    long countInWindow(String bucket, Instant since);

    @Modifying
    @Query("delete from RateLimitHit h where h.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
