package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every payment action, with a Stripe and a simulated implementation. Neither changes the portal's state directly: each
 * action's consequences come back as Stripe events through the webhook pipeline, and subscription state is re-read from
 * here when those events are processed.
 */
public interface PaymentGateway {

    boolean isSimulated();

    /** Creates the member's customer; the key makes a repeated call return the same customer. */
    String createCustomer(long memberId, String email, String name, String idempotencyKey);

    CheckoutFacts createCheckout(CheckoutRequest request);

    CheckoutFacts checkoutSession(String sessionId);

    /** The subscription as Stripe describes it now. */
    SubscriptionFacts subscription(String subscriptionId);

    /** What switching to {@code priceId} costs today (negative: a credit), with proration. */
    Money previewChange(String subscriptionId, String priceId);

    void changePrice(String subscriptionId, String priceId);

    /** Cancels at the period's end ({@code true}) or undoes that ({@code false}). */
    void setCancelAtPeriodEnd(String subscriptionId, boolean cancel);

    void cancelNow(String subscriptionId);

    /**
     * Stops taking payments until {@code resumesAt} (Stripe's {@code pause_collection}, invoices voided), or takes them
     * again now when {@code resumesAt} is null. The subscription stays live.
     */
    void pauseCollection(String subscriptionId, @Nullable Instant resumesAt);

    /** Moves the next renewal to {@code renewsAt} by a free trial until then, without proration. */
    void extendTrial(String subscriptionId, Instant renewsAt);

    /** Deletes the customer and everything the provider keeps about them (erasure); a customer already gone is fine. */
    void deleteCustomer(String customerId);

    /** Refunds the latest payment of the subscription in full. */
    void refundLatestPayment(String subscriptionId);

    /**
     * Refunds {@code amountMinor} of the latest payment (an admin's full or partial refund); the key makes a repeated
     * call refund once.
     */
    void refundLatestPayment(String subscriptionId, long amountMinor, String idempotencyKey);

    /** A Customer Portal session's address, or empty in simulated mode. */
    @Nullable
    String portalUrl(String customerId, String returnUrl);

    record CheckoutRequest(
            long memberId,
            String customerId,
            String priceId,
            boolean trial,
            int trialDays,
            String successUrl,
            String cancelUrl,
            String idempotencyKey) {}
}
