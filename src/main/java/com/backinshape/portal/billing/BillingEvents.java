package com.backinshape.portal.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What billing tells the rest of the portal, each published once per real change (the ids in each record make the email
 * it causes unique however many Stripe events report the change).
 */
public final class BillingEvents {

    private BillingEvents() {}

    /** A member's paid subscription began (with or without a free trial). */
    public record SubscriptionStarted(
            long memberId,
            String subscriptionId,
            Tier tier,
            Period period,
            Money amount,
            @Nullable Instant trialEnd,
            @Nullable Instant nextRenewal) {}

    /** Stripe's notice that a free trial ends soon; the first payment follows. */
    public record TrialEnding(long memberId, String subscriptionId, Instant trialEnd, Money amount) {}

    /** A renewal payment failed; premium stays until {@code accessUntil} while Stripe retries. */
    public record PaymentFailed(
            long memberId,
            String subscriptionId,
            String invoiceId,
            long attempt,
            Money amountDue,
            Instant accessUntil) {}

    /** The bank asks the member to confirm a payment (e.g. 3-D Secure). */
    public record PaymentActionRequired(
            long memberId,
            String subscriptionId,
            String invoiceId,
            @Nullable String invoiceUrl) {}

    /** The member cancelled: the subscription ends at {@code accessUntil}, access stays until then. */
    public record CancellationScheduled(long memberId, String subscriptionId, String changeId, Instant accessUntil) {}

    /** The member kept their subscription after cancelling it. */
    public record CancellationUndone(
            long memberId,
            String subscriptionId,
            String changeId,
            @Nullable Instant nextRenewal,
            Money amount) {}

    /** The subscription ended (at the period's end, at once, or after failed payments). */
    public record SubscriptionEnded(long memberId, String subscriptionId, Instant endedAt) {}

    /** Stripe refunded (part of) a payment. */
    public record RefundRecorded(@Nullable Long memberId, String chargeId, Money refunded) {}
}
