package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe charge from a {@code charge.refunded} event.
 *
 * @param amountRefunded everything refunded of the charge so far, in minor units
 * @param currency lower case, as Stripe writes it
 */
public record ChargeFacts(
        @Nullable String id,
        @Nullable Long amountRefunded,
        @Nullable String currency,
        @Nullable Long memberId,
        @Nullable String customerId) {

    static ChargeFacts read(@Nullable JsonObject charge) {
        return new ChargeFacts(
                StripeJson.str(charge, "id"),
                StripeJson.num(charge, "amount_refunded"),
                StripeJson.str(charge, "currency"),
                StripeJson.memberId(charge),
                StripeJson.str(charge, "customer"));
    }
}
