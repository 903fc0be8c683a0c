package com.backinshape.portal.reminders;

/** An email-preferences link that was not made here, or has expired. */
public class InvalidPreferenceLinkException extends RuntimeException {

    private final boolean expired;

    InvalidPreferenceLinkException(boolean expired) {
        super(
                expired
                        ? "This link has expired. Sign in and choose your emails on your account page."
                        : "This link doesn't work. Sign in and choose your emails on your account page.");
        this.expired = expired;
    }

    public boolean isExpired() {
        return expired;
    }
}
