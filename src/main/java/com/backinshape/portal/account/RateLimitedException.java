package com.backinshape.portal.account;

/** Too many emails were asked for, from this address or this connection. */
public class RateLimitedException extends RuntimeException {

    public RateLimitedException() {
        super("Too many requests. Please wait an hour and try again, or call the clinic.");
    }

    public RateLimitedException(String message) {
        super(message);
    }
}
