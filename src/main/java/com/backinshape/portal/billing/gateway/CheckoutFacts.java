package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe Checkout Session as the gateway reports it.
 *
 * @param status open, complete or expired
 * @param mode {@code subscription} for the portal's own checkouts
 * @param memberId the member checkout wrote into the session's metadata (or client reference)
 */
public record CheckoutFacts(
        String id,
        @Nullable String url,
        @Nullable String status,
        @Nullable String mode,
        @Nullable String subscriptionId,
        @Nullable String customerId,
        @Nullable Long memberId) {

    public boolean isComplete() {
        return "complete".equals(status);
    }

    public boolean isOpen() {
        return "open".equals(status);
    }

    public boolean isSubscription() {
        return "subscription".equals(mode);
    }

    static CheckoutFacts read(@Nullable JsonObject session) {
        return new CheckoutFacts(
                StripeJson.str(session, "id"),
                StripeJson.str(session, "url"),
                StripeJson.str(session, "status"),
                StripeJson.str(session, "mode"),
                StripeJson.str(session, "subscription"),
                StripeJson.str(session, "customer"),
                StripeJson.memberId(session));
    }
}
