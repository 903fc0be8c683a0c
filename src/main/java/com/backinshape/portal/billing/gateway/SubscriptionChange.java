package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The subscription a {@code customer.subscription.*} event is about, and what the event says changed.
 *
 * @param wasCancelAtPeriodEnd the value before the change, or null when the event did not change it
 */
public record SubscriptionChange(
        @Nullable String subscriptionId,
        @Nullable Long memberId,
        boolean cancelAtPeriodEnd,
        @Nullable Instant currentPeriodEnd,
        @Nullable Boolean wasCancelAtPeriodEnd) {

    static SubscriptionChange read(@Nullable JsonObject subscription, @Nullable JsonObject previous) {
        Boolean was = previous != null && previous.has("cancel_at_period_end")
                ? StripeJson.bool(previous, "cancel_at_period_end")
                : null;
        return new SubscriptionChange(
                StripeJson.str(subscription, "id"),
                StripeJson.memberId(subscription),
                StripeJson.bool(subscription, "cancel_at_period_end"),
                StripeJson.time(subscription == null ? null : StripeJson.firstItem(subscription), "current_period_end"),
                was);
    }
}
