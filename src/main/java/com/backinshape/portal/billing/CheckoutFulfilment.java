package com.backinshape.portal.billing;

import com.backinshape.portal.billing.BillingEvents.RefundRecorded;
import com.backinshape.portal.billing.SubscriptionSync.Synced;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.RecordedRefund;
import com.backinshape.portal.billing.domain.RecordedRefundRepository;
import com.backinshape.portal.billing.gateway.ChargeFacts;
import com.backinshape.portal.billing.gateway.CheckoutFacts;
import com.backinshape.portal.billing.gateway.SubscriptionFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Checkout sessions finishing (from the webhook, or from the return page asking the gateway when the webhook is late:
 * both end here and converge on the same state), expiring, and refunds.
 */
@Component
class CheckoutFulfilment {

    private final SubscriptionSync sync;
    private final RecordedRefundRepository refunds;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CheckoutFulfilment(
            SubscriptionSync sync, RecordedRefundRepository refunds, ApplicationEventPublisher publisher, Clock clock) {
        this.sync = sync;
        this.refunds = refunds;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The subscription a completed checkout session started, to be fetched before {@link #completed}; or null. */
    static @Nullable String subscriptionOf(CheckoutFacts session) {
        return session.memberId() == null || !session.isSubscription() ? null : session.subscriptionId();
    }

    /** In the caller's transaction; {@code subscription} is what the gateway said about the session's subscription. */
    Optional<Synced> completed(CheckoutFacts session, @Nullable SubscriptionFacts subscription, Instant created) {
        Long memberId = session.memberId();
        if (memberId == null || subscription == null || subscriptionOf(session) == null) {
            return Optional.empty();
        }
        return completed(memberId, session.id(), session.customerId(), subscription, created);
    }

    Optional<Synced> completed(
            long memberId,
            String sessionId,
            @Nullable String customerId,
            SubscriptionFacts subscription,
            Instant created) {
        MemberSubscription row = sync.lockOrCreate(memberId);
        if (customerId != null) {
            row.linkCustomer(customerId);
        }
        row.endCheckout(sessionId, clock.instant());
        return sync.sync(memberId, subscription, created);
    }

    Optional<Synced> expired(CheckoutFacts session) {
        Long memberId = session.memberId();
        @Nullable String sessionId = session.id();
        if (memberId != null && sessionId != null) {
            sync.lockOrCreate(memberId).endCheckout(sessionId, clock.instant());
        }
        return Optional.empty();
    }

    Optional<Synced> refunded(ChargeFacts charge) {
        String chargeId = charge.id();
        Long amount = charge.amountRefunded();
        if (chargeId == null || amount == null) {
            return Optional.empty();
        }
        String currency = Optional.ofNullable(charge.currency()).orElse("gbp").toUpperCase(Locale.ROOT);
        Long memberId = Optional.ofNullable(charge.memberId())
                .or(() -> sync.memberOfCustomer(charge.customerId()))
                .orElse(null);
        refunds.findByChargeId(chargeId)
                .ifPresentOrElse(
                        r -> r.update(amount, clock.instant()),
                        () -> refunds.save(new RecordedRefund(chargeId, memberId, amount, currency, clock.instant())));
        publisher.publishEvent(
                new RefundRecorded(memberId, chargeId, new Money(amount, Currency.getInstance(currency))));
        return Optional.empty();
    }
}
