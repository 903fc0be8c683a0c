package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.BillingProperties;
import com.backinshape.portal.billing.Plan;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import com.google.gson.JsonObject;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a Stripe subscription object (API 2026-07-29.dahlia: the period is on the items). */
public final class SubscriptionFacts {

    private SubscriptionFacts() {
    }

    public static Facts from(JsonObject sub, BillingProperties settings) {
        JsonObject item = StripeJson.firstItem(sub);
        String priceId = StripeJson.str(item, "price", "id");
        Optional<Plan> plan = settings.planOf(priceId);
        String currency = StripeJson.str(item, "price", "currency");
        return new Facts(
                require(StripeJson.str(sub, "id"), "id"),
                require(StripeJson.str(sub, "customer"), "customer"),
                SubscriptionStatus.fromStripe(require(StripeJson.str(sub, "status"), "status")),
                plan.map(Plan::tier).orElse(null),
                plan.map(Plan::period).orElse(null),
                StripeJson.bool(sub, "cancel_at_period_end"),
                StripeJson.time(item, "current_period_start"),
                StripeJson.time(item, "current_period_end"),
                StripeJson.time(sub, "trial_end"),
                StripeJson.time(sub, "ended_at"),
                StripeJson.num(item, "price", "unit_amount"),
                currency == null ? null : currency.toUpperCase(Locale.ROOT));
    }

    /** The member a subscription belongs to, from the metadata checkout put on it. */
    public static @Nullable Long memberId(@Nullable JsonObject object) {
        String id = StripeJson.str(object, "metadata", "member_id");
        if (id == null) {
            id = StripeJson.str(object, "client_reference_id");
        }
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String require(@Nullable String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Stripe subscription without " + field);
        }
        return value;
    }
}
