package com.backinshape.portal.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Failed sign-ins for one email address (whether or not it has an account). */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "email_key", length = Member.EMAIL_MAX)
    private String emailKey;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginThrottle() {
        this("", Instant.EPOCH);
    }

    public LoginThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.windowStart = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one failure; the {@code max}-th within {@code window} locks the address for {@code window}. */
    public void recordFailure(Instant now, int max, Duration window) {
        if (now.isAfter(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= max) {
            lockedUntil = now.plus(window);
            failures = 0;
            windowStart = now;
        }
    }
}
