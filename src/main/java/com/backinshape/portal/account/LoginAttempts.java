package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.LoginThrottle;
import com.backinshape.portal.account.domain.LoginThrottleRepository;
import com.backinshape.portal.account.domain.Member;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@value #MAX_FAILURES} failed sign-ins for one email within 15
 * minutes, that email is refused for 15 minutes, whether or not it has an account.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    LoginAttempts(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return throttles.findById(Member.emailKey(email)).map(t -> t.isLocked(clock.instant())).orElse(false);
    }

    /** Counts a failure and answers whether the email is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String email) {
        String key = Member.emailKey(email);
        if (key.length() > Member.EMAIL_MAX) {
            key = key.substring(0, Member.EMAIL_MAX);
        }
        LoginThrottle throttle = throttles.findById(key).orElse(new LoginThrottle(key, clock.instant()));
        throttle.recordFailure(clock.instant(), MAX_FAILURES, WINDOW);
        throttles.save(throttle);
        return throttle.isLocked(clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        throttles.deleteById(Member.emailKey(email));
    }
}
