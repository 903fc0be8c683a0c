package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.BillingProperties;
import org.springframework.stereotype.Component;

/**
 * Chooses the payment gateway at start: Stripe when {@code STRIPE_SECRET_KEY} is set, simulated otherwise. Everything
 * that pays, and the webhook pipeline, asks here.
 */
@Component
public class PaymentGateways {

    private final PaymentGateway chosen;

    public PaymentGateways(BillingProperties settings, SimulatedGateway simulated) {
        var stripe = settings.stripe();
        this.chosen = stripe.enabled()
                ? new StripeGateway(stripe.secretKey(), stripe.apiBase().toString())
                : simulated;
    }

    public PaymentGateway current() {
        return chosen;
    }
}
