package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.domain.SimulatedObject;
import com.backinshape.portal.billing.domain.SimulatedObjectRepository;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Simulated mode's stand-in for Stripe: keeps Stripe-shaped objects (from Stripe's published example objects) and sends
 * Stripe-shaped events, signed with a secret made at each start, into the same webhook pipeline Stripe's events go
 * through.
 */
@Component
public class SimulatedStripe {

    static final String API_VERSION = "2026-07-29.dahlia";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatedObjectRepository objects;
    private final StripeEventSink sink;
    private final WebhookSecret webhookSecret;
    private final Clock clock;
    private final Map<String, String> templates = new ConcurrentHashMap<>();
    private volatile @Nullable List<SignedEvent> held;

    SimulatedStripe(SimulatedObjectRepository objects, StripeEventSink sink, WebhookSecret webhookSecret, Clock clock) {
        this.objects = objects;
        this.sink = sink;
        this.webhookSecret = webhookSecret;
        this.clock = clock;
    }

    /** A payload and its {@code Stripe-Signature} header. */
    public record SignedEvent(String payload, String signature) {}

    static String randomId(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).substring(0, length);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** A fresh copy of one of Stripe's example objects, e.g. {@code subscription}. */
    JsonObject shape(String name) {
        String json = templates.computeIfAbsent(name, n -> {
            try (InputStream in = getClass().getResourceAsStream("/billing/stripe/" + n + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("No Stripe shape " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Nullable
    JsonObject find(String id) {
        return objects.findById(id).map(o -> StripeJson.parse(o.getJson())).orElse(null);
    }

    public JsonObject get(String id) {
        JsonObject o = find(id);
        if (o == null) {
            throw new IllegalArgumentException("No such simulated object: " + id);
        }
        return o;
    }

    public void save(JsonObject object) {
        String id = StripeJson.str(object, "id");
        String kind = StripeJson.str(object, "object");
        objects.findById(id)
                .ifPresentOrElse(
                        o -> o.update(object.toString(), clock.instant()),
                        () -> objects.save(new SimulatedObject(id, kind, object.toString(), clock.instant())));
    }

    /**
     * Deletes the customer's checkout sessions, invoices and charges, as Stripe deletes a customer; like Stripe it
     * keeps their (cancelled) subscriptions readable by id: ids, prices and dates, nothing personal.
     */
    void forgetCustomer(String customerId) {
        objects.findAll().stream()
                .filter(o -> !"subscription".equals(o.getKind()))
                .filter(o -> customerId.equals(StripeJson.str(StripeJson.parse(o.getJson()), "customer")))
                .forEach(objects::delete);
    }

    /** Sends one Stripe-shaped event about {@code object} into the webhook pipeline (or holds it, in tests). */
    void send(String type, JsonObject object, @Nullable JsonObject previousAttributes) {
        JsonObject event = shape("event");
        event.addProperty("id", "evt_sim_" + randomId(24));
        event.addProperty("api_version", API_VERSION);
        event.addProperty("created", now());
        event.addProperty("type", type);
        event.addProperty("pending_webhooks", 1);
        JsonObject data = new JsonObject();
        data.add("object", object.deepCopy());
        if (previousAttributes != null) {
            data.add("previous_attributes", previousAttributes);
        }
        event.add("data", data);
        String payload = event.toString();
        var signed = new SignedEvent(payload, StripeSignature.header(payload, webhookSecret.value(), now()));
        List<SignedEvent> hold = held;
        if (hold != null) {
            hold.add(signed);
        } else {
            sink.deliver(signed.payload(), signed.signature());
        }
    }

    /** Tests: keep the events instead of delivering them, to deliver later in any order. */
    public void holdEvents() {
        held = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /** Tests: the events held since {@link #holdEvents()}; delivery resumes. */
    public List<SignedEvent> releaseHeld() {
        List<SignedEvent> result = held == null ? List.of() : List.copyOf(held);
        held = null;
        return result;
    }
}
