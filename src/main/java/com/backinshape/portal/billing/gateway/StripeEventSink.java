package com.backinshape.portal.billing.gateway;

/**
 * Where the simulated Stripe sends its signed events: billing's webhook receiver, the same front door Stripe's own
 * events come through. The gateway defines it and billing implements it, so the gateway never depends on the pipeline
 * it feeds.
 */
public interface StripeEventSink {

    /** One event's raw payload and its {@code Stripe-Signature} header. */
    void deliver(String payload, String signature);
}
