package com.backinshape.portal.account;

/** An emailed link that cannot be used, and why, in words a member understands. */
public class InvalidLinkException extends RuntimeException {

    public enum Reason {
        UNKNOWN("This link is not valid. Check that you opened the whole link from the email."),
        USED("This link has already been used."),
        EXPIRED("This link has expired.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public InvalidLinkException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
