package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reading Stripe's JSON by field name, inside the gateway only: what leaves the gateway is typed facts. Events are read
 * from their raw JSON rather than through stripe-java's typed objects, whose deserializer answers nothing when an
 * event's API version differs from the library's.
 */
final class StripeJson {

    private StripeJson() {}

    static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    static @Nullable JsonElement at(@Nullable JsonObject o, String... path) {
        JsonElement current = o;
        for (String name : path) {
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(name);
        }
        return current == null || current.isJsonNull() ? null : current;
    }

    static @Nullable JsonObject obj(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** A string, or the id of an expanded object in its place. */
    static @Nullable String str(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        if (e == null) {
            return null;
        }
        if (e.isJsonObject()) {
            return str(e.getAsJsonObject(), "id");
        }
        return e.isJsonPrimitive() ? e.getAsString() : null;
    }

    static @Nullable Long num(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsLong() : null;
    }

    static boolean bool(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonPrimitive() && e.getAsBoolean();
    }

    static @Nullable Instant time(@Nullable JsonObject o, String... path) {
        Long seconds = num(o, path);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    /** The member a Stripe object belongs to, from the metadata checkout put on it (or its client reference). */
    static @Nullable Long memberId(@Nullable JsonObject object) {
        String id = str(object, "metadata", "member_id");
        if (id == null) {
            id = str(object, "client_reference_id");
        }
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first item of a subscription ({@code items.data[0]}), where this API version keeps the period. */
    static @Nullable JsonObject firstItem(JsonObject subscription) {
        JsonElement data = at(subscription, "items", "data");
        return data != null && data.isJsonArray() && !data.getAsJsonArray().isEmpty()
                ? data.getAsJsonArray().get(0).getAsJsonObject()
                : null;
    }
}
