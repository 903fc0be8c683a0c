package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reading Stripe's JSON by field name. Events are read from their raw JSON rather than through
 * stripe-java's typed objects, whose deserializer answers nothing when an event's API version differs
 * from the library's.
 */
public final class StripeJson {

    private StripeJson() {
    }

    public static JsonObject parse(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    public static @Nullable JsonElement at(@Nullable JsonObject o, String... path) {
        JsonElement current = o;
        for (String name : path) {
            if (current == null || !current.isJsonObject()) {
                return null;
            }
            current = current.getAsJsonObject().get(name);
        }
        return current == null || current.isJsonNull() ? null : current;
    }

    public static @Nullable JsonObject obj(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** A string, or the id of an expanded object in its place. */
    public static @Nullable String str(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        if (e == null) {
            return null;
        }
        if (e.isJsonObject()) {
            return str(e.getAsJsonObject(), "id");
        }
        return e.isJsonPrimitive() ? e.getAsString() : null;
    }

    public static @Nullable Long num(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsLong() : null;
    }

    public static boolean bool(@Nullable JsonObject o, String... path) {
        JsonElement e = at(o, path);
        return e != null && e.isJsonPrimitive() && e.getAsBoolean();
    }

    public static @Nullable Instant time(@Nullable JsonObject o, String... path) {
        Long seconds = num(o, path);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    /** The first item of a subscription ({@code items.data[0]}), where this API version keeps the period. */
    public static @Nullable JsonObject firstItem(JsonObject subscription) {
        JsonElement data = at(subscription, "items", "data");
        return data != null && data.isJsonArray() && !data.getAsJsonArray().isEmpty()
                ? data.getAsJsonArray().get(0).getAsJsonObject() : null;
    }
}
