package com.backinshape.portal.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts actions per bucket (e.g. "verify-email:address:ann@example.com") in a sliding window, kept in the database so
 * that limits hold across restarts and instances.
 */
@Service
public class RateLimiter {

    private final RateLimitHitRepository hits;
    private final Clock clock;

    RateLimiter(RateLimitHitRepository hits, Clock clock) {
        this.hits = hits;
        this.clock = clock;
    }

    /**
     * Records one action in {@code bucket} and answers true, unless {@code max} actions were already recorded there
     * within {@code window}: then it records nothing and answers false.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, int max, Duration window) {
        Instant now = clock.instant();
        String key = bucket.length() > 300 ? bucket.substring(0, 300) : bucket;
        if (hits.countInWindow(key, now.minus(window)) >= max) {
            return false;
        }
        hits.save(new RateLimitHit(key, now));
        return true;
    }
}
