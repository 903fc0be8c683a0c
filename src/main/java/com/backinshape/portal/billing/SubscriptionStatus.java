package com.backinshape.portal.billing;

import java.util.Locale;

/** A Stripe subscription's status, as Stripe names it. */
public enum SubscriptionStatus {
    INCOMPLETE,
    INCOMPLETE_EXPIRED,
    TRIALING,
    ACTIVE,
    PAST_DUE,
    CANCELED,
    UNPAID,
    PAUSED;

    public static SubscriptionStatus fromStripe(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** A subscription in this status still belongs to the member: a second checkout is refused. */
    public boolean isHeld() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE || this == UNPAID || this == INCOMPLETE;
    }

    public String label() {
        return switch (this) {
            case TRIALING -> "Free trial";
            case ACTIVE -> "Active";
            case PAST_DUE -> "Payment failed";
            case CANCELED -> "Ended";
            case UNPAID -> "Unpaid";
            case INCOMPLETE, INCOMPLETE_EXPIRED -> "Not completed";
            case PAUSED -> "Paused";
        };
    }
}
