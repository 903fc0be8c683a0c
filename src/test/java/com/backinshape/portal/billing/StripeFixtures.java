package com.backinshape.portal.billing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe's own example objects (src/test/resources/stripe, from stripe/openapi fixtures3.json) with the fields the
 * tests depend on set to realistic GBP values, and webhooks signed exactly as Stripe signs them.
 */
final class StripeFixtures {

    private StripeFixtures() {}

    static JsonObject load(String name) {
        try (InputStream in = StripeFixtures.class.getResourceAsStream("/stripe/" + name + ".json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject subscription(
            String id,
            String customer,
            long memberId,
            String status,
            String priceId,
            long amountPence,
            Instant periodStart,
            Instant periodEnd) {
        JsonObject sub = load("subscription");
        sub.addProperty("id", id);
        sub.addProperty("customer", customer);
        sub.addProperty("status", status);
        sub.addProperty("cancel_at_period_end", false);
        sub.add("cancel_at", null);
        sub.add("ended_at", null);
        sub.add("trial_end", null);
        sub.addProperty("latest_invoice", "in_" + id);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("member_id", String.valueOf(memberId));
        sub.add("metadata", metadata);
        JsonObject item =
                sub.getAsJsonObject("items").getAsJsonArray("data").get(0).getAsJsonObject();
        item.addProperty("subscription", id);
        item.addProperty("current_period_start", periodStart.getEpochSecond());
        item.addProperty("current_period_end", periodEnd.getEpochSecond());
        JsonObject price = item.getAsJsonObject("price");
        price.addProperty("id", priceId);
        price.addProperty("unit_amount", amountPence);
        price.addProperty("unit_amount_decimal", String.valueOf(amountPence));
        return sub;
    }

    static JsonObject checkoutSession(String id, String customer, long memberId, String status, String subscriptionId) {
        JsonObject s = load("checkout_session");
        s.addProperty("id", id);
        s.addProperty("mode", "subscription");
        s.addProperty("status", status);
        s.addProperty("customer", customer);
        s.addProperty("client_reference_id", String.valueOf(memberId));
        s.addProperty("subscription", subscriptionId);
        s.addProperty("url", "https://checkout.stripe.com/c/pay/" + id);
        s.addProperty("amount_total", 999);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("member_id", String.valueOf(memberId));
        s.add("metadata", metadata);
        return s;
    }

    static JsonObject invoice(
            String id, String customer, String subscriptionId, long memberId, long amountDue, String status) {
        JsonObject inv = load("invoice");
        inv.addProperty("id", id);
        inv.addProperty("customer", customer);
        inv.addProperty("amount_due", amountDue);
        inv.addProperty("status", status);
        inv.addProperty("attempt_count", 1);
        inv.addProperty("billing_reason", "subscription_cycle");
        JsonObject details = new JsonObject();
        JsonObject metadata = new JsonObject();
        metadata.addProperty("member_id", String.valueOf(memberId));
        details.add("metadata", metadata);
        details.addProperty("subscription", subscriptionId);
        JsonObject parent = new JsonObject();
        parent.addProperty("type", "subscription_details");
        parent.add("subscription_details", details);
        inv.add("parent", parent);
        return inv;
    }

    static JsonObject event(String id, String type, Instant created, JsonObject object, JsonObject previous) {
        JsonObject e = load("event");
        e.addProperty("id", id);
        e.addProperty("type", type);
        e.addProperty("api_version", "2026-07-29.dahlia");
        e.addProperty("created", created.getEpochSecond());
        JsonObject data = new JsonObject();
        data.add("object", object);
        if (previous != null) {
            data.add("previous_attributes", previous);
        }
        e.add("data", data);
        return e;
    }

    static JsonObject list(JsonObject... items) {
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        JsonArray data = new JsonArray();
        for (JsonObject i : items) {
            data.add(i);
        }
        list.add("data", data);
        list.addProperty("has_more", false);
        list.addProperty("url", "/v1/invoice_payments");
        return list;
    }

    /** {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload">}, as Stripe sends it. */
    static String sign(String payload, String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = at.getEpochSecond();
            return "t=" + t + ",v1="
                    + HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
