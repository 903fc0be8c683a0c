package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.BillingProperties;
import com.backinshape.portal.billing.Money;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.Plan;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Fills Stripe's example objects in for simulated mode: sessions, subscriptions, invoices, charges. */
@Component
class SimulatedObjects {

    static final String FAIL_NEXT = "simulated_fail_next_renewal";

    private final SimulatedStripe stripe;
    private final BillingProperties settings;

    SimulatedObjects(SimulatedStripe stripe, BillingProperties settings) {
        this.stripe = stripe;
        this.settings = settings;
    }

    JsonObject checkoutSession(String id, PaymentGateway.CheckoutRequest r, String url) {
        JsonObject s = stripe.shape("checkout_session");
        long now = stripe.now();
        s.addProperty("id", id);
        s.addProperty("mode", "subscription");
        s.addProperty("status", "open");
        s.addProperty("payment_status", "unpaid");
        s.addProperty("client_reference_id", String.valueOf(r.memberId()));
        s.addProperty("customer", r.customerId());
        s.addProperty("allow_promotion_codes", true);
        s.addProperty("success_url", r.successUrl().replace("{CHECKOUT_SESSION_ID}", id));
        s.addProperty("cancel_url", r.cancelUrl());
        s.addProperty("url", url);
        s.addProperty("created", now);
        s.addProperty("expires_at", now + 24 * 3600);
        s.addProperty("currency", "gbp");
        s.addProperty("amount_total", plan(r.priceId()).minor());
        s.add("subscription", JsonNull.INSTANCE);
        s.add("payment_intent", JsonNull.INSTANCE);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("member_id", String.valueOf(r.memberId()));
        metadata.addProperty("simulated_price_id", r.priceId());
        metadata.addProperty("simulated_trial_days", r.trial() ? r.trialDays() : 0);
        s.add("metadata", metadata);
        return s;
    }

    JsonObject newSubscription(JsonObject session) {
        JsonObject sub = stripe.shape("subscription");
        long now = stripe.now();
        String id = "sub_sim_" + SimulatedStripe.randomId(20);
        long trialDays = Long.parseLong(StripeJson.str(session, "metadata", "simulated_trial_days"));
        sub.addProperty("id", id);
        sub.addProperty("customer", StripeJson.str(session, "customer"));
        sub.addProperty("created", now);
        sub.addProperty("start_date", now);
        sub.addProperty("billing_cycle_anchor", now);
        sub.addProperty("cancel_at_period_end", false);
        for (String f : new String[] {
            "cancel_at",
            "canceled_at",
            "ended_at",
            "latest_invoice",
            "schedule",
            "next_pending_invoice_item_invoice",
            "pending_update",
            "pause_collection"
        }) {
            sub.add(f, JsonNull.INSTANCE);
        }
        JsonObject metadata = new JsonObject();
        metadata.addProperty("member_id", StripeJson.str(session, "metadata", "member_id"));
        sub.add("metadata", metadata);
        JsonObject item = StripeJson.firstItem(sub);
        item.addProperty("id", "si_sim_" + SimulatedStripe.randomId(14));
        item.addProperty("subscription", id);
        item.addProperty("created", now);
        JsonArray data = new JsonArray();
        data.add(item);
        StripeJson.obj(sub, "items").add("data", data);
        StripeJson.obj(sub, "items").addProperty("url", "/v1/subscription_items?subscription=" + id);
        sub.addProperty("status", "active");
        setPrice(sub, StripeJson.str(session, "metadata", "simulated_price_id"));
        if (trialDays > 0) {
            sub.addProperty("status", "trialing");
            sub.addProperty("trial_start", now);
            sub.addProperty("trial_end", now + trialDays * 86400);
            item.addProperty("current_period_start", now);
            item.addProperty("current_period_end", now + trialDays * 86400);
        } else {
            sub.addProperty("status", "active");
            sub.add("trial_start", JsonNull.INSTANCE);
            sub.add("trial_end", JsonNull.INSTANCE);
        }
        return sub;
    }

    /** Puts the subscription on another price; a change of period starts a new period now. */
    void setPrice(JsonObject sub, String priceId) {
        Plan plan = settings.planOf(priceId).orElseThrow();
        JsonObject item = StripeJson.firstItem(sub);
        JsonObject price = StripeJson.obj(item, "price");
        String oldInterval = StripeJson.str(price, "recurring", "interval");
        price.addProperty("id", priceId);
        price.addProperty("currency", "gbp");
        price.addProperty("unit_amount", settings.amount(plan).minor());
        price.addProperty(
                "unit_amount_decimal", String.valueOf(settings.amount(plan).minor()));
        price.addProperty(
                "nickname", plan.tier().label() + " " + plan.period().label().toLowerCase());
        StripeJson.obj(price, "recurring").addProperty("interval", plan.period().stripeInterval());
        StripeJson.obj(price, "recurring").addProperty("interval_count", 1);
        item.remove("plan");
        if (!plan.period().stripeInterval().equals(oldInterval)
                || StripeJson.num(item, "current_period_end") == null
                || StripeJson.num(item, "current_period_end") < 1_000_000_000L) {
            long now = stripe.now();
            if (!"trialing".equals(StripeJson.str(sub, "status"))) {
                item.addProperty("current_period_start", now);
                item.addProperty("current_period_end", periodEnd(now, plan.period()));
            }
        }
    }

    void startNextPeriod(JsonObject sub, boolean paymentFails) {
        JsonObject item = StripeJson.firstItem(sub);
        long now = stripe.now();
        Period period = settings.planOf(StripeJson.str(item, "price", "id"))
                .orElseThrow()
                .period();
        item.addProperty("current_period_start", now);
        item.addProperty("current_period_end", periodEnd(now, period));
        sub.addProperty("status", paymentFails ? "past_due" : "active");
        StripeJson.obj(sub, "metadata").remove(FAIL_NEXT);
    }

    void end(JsonObject sub) {
        long now = stripe.now();
        sub.addProperty("status", "canceled");
        sub.addProperty("ended_at", now);
        if (StripeJson.num(sub, "canceled_at") == null) {
            sub.addProperty("canceled_at", now);
        }
    }

    JsonObject invoice(JsonObject sub, String reason, boolean paid) {
        long amount = "trialing".equals(StripeJson.str(sub, "status"))
                ? 0
                : StripeJson.num(StripeJson.firstItem(sub), "price", "unit_amount");
        return invoiceFor(sub, amount, reason, paid);
    }

    JsonObject invoiceFor(JsonObject sub, long amount, String reason, boolean paid) {
        JsonObject inv = stripe.shape("invoice");
        JsonObject item = StripeJson.firstItem(sub);
        String id = "in_sim_" + SimulatedStripe.randomId(20);
        inv.addProperty("id", id);
        inv.addProperty("customer", StripeJson.str(sub, "customer"));
        inv.addProperty("currency", "gbp");
        inv.addProperty("account_country", "GB");
        inv.addProperty("billing_reason", reason);
        inv.addProperty("status", paid ? "paid" : "open");
        inv.addProperty("amount_due", amount);
        inv.addProperty("amount_paid", paid ? amount : 0);
        inv.addProperty("amount_remaining", paid ? 0 : amount);
        inv.addProperty("attempt_count", 1);
        inv.addProperty("attempted", true);
        inv.addProperty("created", stripe.now());
        inv.addProperty("period_start", StripeJson.num(item, "current_period_start"));
        inv.addProperty("period_end", StripeJson.num(item, "current_period_end"));
        inv.addProperty("hosted_invoice_url", (String) null);
        JsonObject details = new JsonObject();
        details.add("metadata", sub.get("metadata").deepCopy());
        details.addProperty("subscription", StripeJson.str(sub, "id"));
        JsonObject parent = new JsonObject();
        parent.addProperty("type", "subscription_details");
        parent.add("quote_details", JsonNull.INSTANCE);
        parent.add("subscription_details", details);
        inv.add("parent", parent);
        inv.add("lines", new JsonObject());
        StripeJson.obj(inv, "lines").add("data", new JsonArray());
        return inv;
    }

    JsonObject refundedCharge(JsonObject sub, long amount, long refunded) {
        JsonObject ch = stripe.shape("charge");
        ch.addProperty("id", "ch_sim_" + SimulatedStripe.randomId(20));
        ch.addProperty("customer", StripeJson.str(sub, "customer"));
        ch.addProperty("amount", amount);
        ch.addProperty("amount_captured", amount);
        ch.addProperty("amount_refunded", refunded);
        ch.addProperty("refunded", refunded >= amount);
        ch.addProperty("currency", "gbp");
        ch.addProperty("created", stripe.now());
        ch.add("metadata", sub.get("metadata").deepCopy());
        return ch;
    }

    /** Stripe-style proration: the unused part of this period is credited, the new price charged for the rest. */
    Money proration(JsonObject sub, String priceId) {
        Plan next = settings.planOf(priceId).orElseThrow(() -> new IllegalArgumentException("Unknown price"));
        JsonObject item = StripeJson.firstItem(sub);
        if ("trialing".equals(StripeJson.str(sub, "status"))) {
            return Money.gbp(0);
        }
        long oldAmount = StripeJson.num(item, "price", "unit_amount");
        long start = StripeJson.num(item, "current_period_start");
        long end = StripeJson.num(item, "current_period_end");
        double unused = end <= start ? 0 : Math.max(0, Math.min(1, (end - stripe.now()) / (double) (end - start)));
        long credit = Math.round(oldAmount * unused);
        long newAmount = settings.amount(next).minor();
        boolean sameInterval =
                next.period().stripeInterval().equals(StripeJson.str(item, "price", "recurring", "interval"));
        return Money.gbp(sameInterval ? Math.round(newAmount * unused) - credit : newAmount - credit);
    }

    static long periodEnd(long start, Period period) {
        var from = Instant.ofEpochSecond(start).atZone(TimeConfig.LONDON);
        return (period == Period.MONTHLY ? from.plusMonths(1) : from.plusYears(1)).toEpochSecond();
    }

    private Money plan(String priceId) {
        return settings.amount(settings.planOf(priceId).orElseThrow());
    }
}
