package com.backinshape.portal.billing;

import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * Every payment action, with a Stripe and a simulated implementation. Neither changes the portal's
 * state directly: each action's consequences come back as Stripe events through the webhook pipeline,
 * and subscription state is re-read from here when those events are processed.
 */
interface PaymentGateway {

    boolean isSimulated();

    /** The secret webhook events are signed with. */
    String webhookSecret();

    /** Creates the member's customer; the key makes a repeated call return the same customer. */
    String createCustomer(long memberId, String email, String name, String idempotencyKey);

    CheckoutSession createCheckout(CheckoutRequest request);

    CheckoutSession checkoutSession(String sessionId);

    /** The subscription as Stripe describes it now (Stripe's JSON shape). */
    JsonObject subscription(String subscriptionId);

    /** What switching to {@code priceId} costs today (negative: a credit), with proration. */
    Money previewChange(String subscriptionId, String priceId);

    void changePrice(String subscriptionId, String priceId);

    /** Cancels at the period's end ({@code true}) or undoes that ({@code false}). */
    void setCancelAtPeriodEnd(String subscriptionId, boolean cancel);

    void cancelNow(String subscriptionId);

    /** Deletes the customer and everything the provider keeps about them (erasure); a customer already gone is fine. */
    void deleteCustomer(String customerId);

    /** Refunds the latest payment of the subscription in full. */
    void refundLatestPayment(String subscriptionId);

    /**
     * Refunds {@code amountMinor} of the latest payment (an admin's full or partial refund); the key makes
     * a repeated call refund once.
     */
    void refundLatestPayment(String subscriptionId, long amountMinor, String idempotencyKey);

    /** A Customer Portal session's address, or empty in simulated mode. */
    @Nullable String portalUrl(String customerId, String returnUrl);

    record CheckoutRequest(long memberId, String customerId, String priceId, boolean trial, int trialDays,
                           String successUrl, String cancelUrl, String idempotencyKey) {
    }

    /** @param status open, complete or expired */
    record CheckoutSession(String id, String url, String status, @Nullable String subscriptionId,
                           @Nullable String customerId, @Nullable Long memberId) {
        boolean isComplete() {
            return "complete".equals(status);
        }
    }
}
