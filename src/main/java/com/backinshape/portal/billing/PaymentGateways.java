package com.backinshape.portal.billing;

import org.springframework.stereotype.Component;

/**
 * Chooses the payment gateway at start: Stripe when {@code STRIPE_SECRET_KEY} is set, simulated
 * otherwise. Everything that pays, and the webhook pipeline, asks here.
 */
@Component
class PaymentGateways {

    private volatile PaymentGateway current;

    PaymentGateways(BillingProperties settings, SimulatedGateway simulated) {
        var stripe = settings.stripe();
        this.current = stripe.enabled()
                ? new StripeGateway(stripe.secretKey(), stripe.webhookSecret(), stripe.apiBase().toString())
                : simulated;
    }

    PaymentGateway current() {
        return current;
    }

    /** Tests: run the same pipeline against another gateway (e.g. Stripe pointed at WireMock); answers the previous one. */
    PaymentGateway use(PaymentGateway gateway) {
        PaymentGateway previous = current;
        current = gateway;
        return previous;
    }
}
