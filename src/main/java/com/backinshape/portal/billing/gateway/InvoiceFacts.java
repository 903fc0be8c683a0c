package com.backinshape.portal.billing.gateway;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * A Stripe invoice from an {@code invoice.*} event (API 2026-07-29.dahlia names the subscription under
 * {@code parent.subscription_details}).
 *
 * @param subscriptionMemberId the member named in the subscription's metadata copied onto the invoice
 */
public record InvoiceFacts(
        @Nullable String id,
        @Nullable String subscriptionId,
        @Nullable Long subscriptionMemberId,
        @Nullable String customerId,
        @Nullable Long amountDue,
        @Nullable Long attemptCount,
        @Nullable String hostedInvoiceUrl) {

    static InvoiceFacts read(@Nullable JsonObject invoice) {
        return new InvoiceFacts(
                StripeJson.str(invoice, "id"),
                StripeJson.str(invoice, "parent", "subscription_details", "subscription"),
                StripeJson.memberId(StripeJson.obj(invoice, "parent", "subscription_details")),
                StripeJson.str(invoice, "customer"),
                StripeJson.num(invoice, "amount_due"),
                StripeJson.num(invoice, "attempt_count"),
                StripeJson.str(invoice, "hosted_invoice_url"));
    }
}
