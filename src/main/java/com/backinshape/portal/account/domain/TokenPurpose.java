package com.backinshape.portal.account.domain;

import java.time.Duration;

/** What a single-use emailed link does, and how long it lives. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    CHANGE_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1)),
    /** The first admin in production sets a password through this link. */
    SET_ADMIN_PASSWORD(Duration.ofHours(72));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
