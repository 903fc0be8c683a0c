package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe event read from its raw payload (rather than through stripe-java's typed objects, whose deserializer answers
 * nothing when an event's API version differs from the library's): its id, type and time, and its object as the typed
 * facts the event's type calls for.
 */
public final class StripeEventFacts {

    private final JsonObject event;

    private StripeEventFacts(JsonObject event) {
        this.event = event;
    }

    /** @throws RuntimeException when the payload is not a JSON object */
    public static StripeEventFacts parse(String payload) {
        return new StripeEventFacts(StripeJson.parse(payload));
    }

    public @Nullable String id() {
        return StripeJson.str(event, "id");
    }

    public @Nullable String type() {
        return StripeJson.str(event, "type");
    }

    public @Nullable Instant created() {
        return StripeJson.time(event, "created");
    }

    /** For {@code checkout.session.*} events. */
    public CheckoutFacts checkout() {
        return CheckoutFacts.read(object());
    }

    /** For {@code customer.subscription.*} events. */
    public SubscriptionChange subscription() {
        return SubscriptionChange.read(object(), StripeJson.obj(event, "data", "previous_attributes"));
    }

    /** For {@code invoice.*} events. */
    public InvoiceFacts invoice() {
        return InvoiceFacts.read(object());
    }

    /** For {@code charge.*} events. */
    public ChargeFacts charge() {
        return ChargeFacts.read(object());
    }

    /** The member the event's object names in its metadata (or client reference), whatever its kind. */
    public @Nullable Long memberId() {
        return StripeJson.memberId(object());
    }

    /** The customer the event's object belongs to, whatever its kind. */
    public @Nullable String customerId() {
        return StripeJson.str(object(), "customer");
    }

    private @Nullable JsonObject object() {
        return StripeJson.obj(event, "data", "object");
    }
}
