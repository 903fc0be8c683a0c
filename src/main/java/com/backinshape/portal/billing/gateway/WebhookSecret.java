package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.BillingProperties;
import org.springframework.stereotype.Component;

/**
 * The secret webhook events are signed with: Stripe's ({@code STRIPE_WEBHOOK_SECRET}) in Stripe mode, one made at each
 * start in simulated mode. The webhook receiver checks with it and the simulated Stripe signs with it, so neither has
 * to ask the other.
 */
@Component
public class WebhookSecret {

    private final String value;

    public WebhookSecret(BillingProperties settings) {
        var stripe = settings.stripe();
        this.value = stripe.enabled() && stripe.webhookSecret() != null
                ? stripe.webhookSecret()
                : "whsec_sim_" + SimulatedStripe.randomId(24);
    }

    public String value() {
        return value;
    }
}
