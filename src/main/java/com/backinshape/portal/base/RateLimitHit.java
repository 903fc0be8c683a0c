package com.backinshape.portal.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counted action of {@link RateLimiter}. */
@Entity
@Table(name = "rate_limit_hit")
class RateLimitHit extends AbstractEntity {

    @Column(name = "bucket", nullable = false, length = 300)
    private String bucket;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected RateLimitHit() {
        this("", Instant.EPOCH);
    }

    RateLimitHit(String bucket, Instant occurredAt) {
        this.bucket = bucket;
        this.occurredAt = occurredAt;
    }
}
