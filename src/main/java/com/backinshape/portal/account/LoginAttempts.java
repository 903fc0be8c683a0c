package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.LoginThrottle;
import com.backinshape.portal.account.domain.LoginThrottleRepository;
import com.backinshape.portal.account.domain.Member;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@value #MAX_FAILURES} failed sign-ins for one email within 15 minutes, that email is
 * refused for 15 minutes, whether or not it has an account.
 *
 * <p>An attempt is counted before its password (or any other secret) is checked, under a lock on the email's row, so a
 * burst of parallel guesses gets no more than {@value #MAX_FAILURES} of them checked: call {@link #tryAttempt} first,
 * check only when it answers true, then {@link #recordSuccess} when the secret was right. {@link #recordFailure} counts
 * a failure of a check that was not admitted that way.
 */
@Component
public class LoginAttempts {

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
        return throttles
                .findById(key(email))
                .map(t -> t.isLocked(clock.instant()))
                .orElse(false);
    }

    /**
     * Counts one attempt for the email, as a failure until {@link #recordSuccess} says otherwise, and answers whether
     * its secret may be checked: false while the email is locked out.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAttempt(String email) {
        Instant now = clock.instant();
        LoginThrottle throttle = lockedRow(key(email), now);
        if (throttle.isLocked(now)) {
            return false;
        }
        throttle.recordFailure(now, MAX_FAILURES, WINDOW);
        return true;
    }

    /** Counts a failure and answers whether the email is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String email) {
        Instant now = clock.instant();
        LoginThrottle throttle = lockedRow(key(email), now);
        if (!throttle.isLocked(now)) {
            throttle.recordFailure(now, MAX_FAILURES, WINDOW);
        }
        return throttle.isLocked(now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        throttles.deleteById(key(email));
    }

    /** The email's row, created if need be, locked for the rest of the transaction. */
    private LoginThrottle lockedRow(String key, Instant now) {
        throttles.insertIfAbsent(key, now);
        return throttles.findForUpdate(key).orElseThrow();
    }

    private static String key(String email) {
        String key = Member.emailKey(email);
        return key.length() > Member.EMAIL_MAX ? key.substring(0, Member.EMAIL_MAX) : key;
    }
}
