package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe subscription as the gateway reports it (API 2026-07-29.dahlia keeps the price and the period on the
 * subscription's first item).
 *
 * @param status Stripe's status word, e.g. {@code active}, {@code past_due}
 * @param currency upper case, e.g. {@code GBP}
 * @param memberId the member checkout wrote into the subscription's metadata
 */
public record SubscriptionFacts(
        String id,
        String customerId,
        String status,
        @Nullable String priceId,
        boolean cancelAtPeriodEnd,
        @Nullable Instant currentPeriodStart,
        @Nullable Instant currentPeriodEnd,
        @Nullable Instant trialEnd,
        @Nullable Instant endedAt,
        @Nullable Long unitAmount,
        @Nullable String currency,
        @Nullable Long memberId) {

    static SubscriptionFacts read(JsonObject sub) {
        JsonObject item = StripeJson.firstItem(sub);
        String currency = StripeJson.str(item, "price", "currency");
        return new SubscriptionFacts(
                require(StripeJson.str(sub, "id"), "id"),
                require(StripeJson.str(sub, "customer"), "customer"),
                require(StripeJson.str(sub, "status"), "status"),
                StripeJson.str(item, "price", "id"),
                StripeJson.bool(sub, "cancel_at_period_end"),
                StripeJson.time(item, "current_period_start"),
                StripeJson.time(item, "current_period_end"),
                StripeJson.time(sub, "trial_end"),
                StripeJson.time(sub, "ended_at"),
                StripeJson.num(item, "price", "unit_amount"),
                currency == null ? null : currency.toUpperCase(Locale.ROOT),
                StripeJson.memberId(sub));
    }

    private static String require(@Nullable String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Stripe subscription without " + field);
        }
        return value;
    }
}
