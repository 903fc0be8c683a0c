package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.RateLimiter;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Every action that sends an email (signup, "send a new link", forgot password) is limited per email address and per
 * client address, so the portal cannot be used to flood an inbox.
 */
@Component
class EmailSendLimits {

    static final int PER_ADDRESS_PER_HOUR = 5;
    static final int PER_CLIENT_PER_HOUR = 20;
    private static final Duration HOUR = Duration.ofHours(1);

    private final RateLimiter limiter;

    EmailSendLimits(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /**
     * Counts one request that sends an email, whatever the action; throws when the address or the client has asked too
     * often this hour.
     */
    void check(String email, String clientIp) {
        if (!limiter.tryAcquire("email:client:" + clientIp, PER_CLIENT_PER_HOUR, HOUR)
                || !limiter.tryAcquire("email:address:" + Member.emailKey(email), PER_ADDRESS_PER_HOUR, HOUR)) {
            throw new RateLimitedException();
        }
    }
}
