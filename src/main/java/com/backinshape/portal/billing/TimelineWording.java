package com.backinshape.portal.billing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * What a Stripe event means in a member's subscription timeline, in the clinic's words ("Subscription renewed") rather
 * than Stripe's event names ({@code invoice.paid}).
 */
final class TimelineWording {

    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("checkout.session.completed", "Checkout completed"),
            Map.entry("checkout.session.expired", "Checkout left unfinished"),
            Map.entry("customer.subscription.created", "Subscription started"),
            Map.entry("customer.subscription.updated", "Subscription changed"),
            Map.entry("customer.subscription.deleted", "Subscription ended"),
            Map.entry("customer.subscription.trial_will_end", "Free trial ending soon"),
            Map.entry("invoice.paid", "Payment received"),
            Map.entry("invoice.payment_failed", "Payment failed"),
            Map.entry("invoice.payment_action_required", "Payment waiting for the member's confirmation"),
            Map.entry("charge.refunded", "Payment refunded"));

    /** A paid invoice says why it was raised: the first payment, a renewal or a change of plan. */
    private static final Map<String, String> PAID_BY_REASON = Map.of(
            "subscription_create", "First payment received",
            "subscription_cycle", "Subscription renewed",
            "subscription_update", "Plan change paid");

    private TimelineWording() {}

    static String describe(String type, String payload) {
        if ("invoice.paid".equals(type)) {
            String reason = billingReason(payload);
            if (reason != null && PAID_BY_REASON.containsKey(reason)) {
                return PAID_BY_REASON.get(reason);
            }
        }
        return BY_TYPE.getOrDefault(type, "Stripe: " + type);
    }

    private static @org.jspecify.annotations.Nullable String billingReason(String payload) {
        try {
            JsonObject event = JsonParser.parseString(payload).getAsJsonObject();
            JsonElement reason =
                    event.getAsJsonObject("data").getAsJsonObject("object").get("billing_reason");
            return reason == null || reason.isJsonNull() ? null : reason.getAsString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
