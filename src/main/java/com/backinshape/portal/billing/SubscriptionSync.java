package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import com.backinshape.portal.billing.gateway.SubscriptionFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies what the gateway says about a subscription now to the member's row, under the row's lock, unless the row
 * already reflects newer news. Events only say which subscription to look at.
 *
 * <p>The gateway is asked ({@link #fetch}) before the transaction that applies its answer ({@link #sync}), so no
 * database connection or row lock is held while Stripe answers.
 */
@Component
class SubscriptionSync {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSync.class);

    private final PaymentGateways gateways;
    private final MemberSubscriptionRepository rows;
    private final BillingProperties settings;
    private final Clock clock;

    SubscriptionSync(
            PaymentGateways gateways, MemberSubscriptionRepository rows, BillingProperties settings, Clock clock) {
        this.gateways = gateways;
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param applied false when the row held newer news than this event (nothing changed) */
    record Synced(long memberId, Facts facts, boolean applied) {
        Money amount() {
            return new Money(
                    facts.amountMinor() == null ? 0 : facts.amountMinor(),
                    facts.currency() == null ? Money.GBP : Currency.getInstance(facts.currency()));
        }
    }

    /** The subscription as the gateway describes it now: a remote call, so never inside a transaction. */
    SubscriptionFacts fetch(String subscriptionId) {
        return gateways.current().subscription(subscriptionId);
    }

    /** In the caller's transaction: applies {@code subscription}, fetched just before, to its member's row. */
    Optional<Synced> sync(@Nullable Long memberHint, SubscriptionFacts subscription, Instant eventCreated) {
        String subscriptionId = subscription.id();
        Facts facts = facts(subscription, settings);
        Long memberId = memberHint != null ? memberHint : subscription.memberId();
        if (memberId == null) {
            memberId = rows.findByStripeSubscriptionId(subscriptionId)
                    .or(() -> rows.findByStripeCustomerId(facts.customerId()))
                    .map(MemberSubscription::getMemberId)
                    .orElse(null);
        }
        if (memberId == null) {
            log.warn("Stripe subscription {} belongs to no member: ignored", subscriptionId);
            return Optional.empty();
        }
        MemberSubscription row = lockOrCreate(memberId);
        boolean stale = row.isNewerThan(eventCreated);
        boolean otherLive = row.getStripeSubscriptionId() != null
                && !row.getStripeSubscriptionId().equals(subscriptionId)
                && row.holdsSubscription()
                && !facts.status().isHeld();
        if (stale || otherLive) {
            log.info("Stripe news about {} older than the member's state: not applied", subscriptionId);
            return Optional.of(new Synced(memberId, facts, false));
        }
        row.apply(facts, eventCreated, clock.instant());
        return Optional.of(new Synced(memberId, facts, true));
    }

    /** The member's state as the gateway's subscription says it should be: its price read as a plan. */
    static Facts facts(SubscriptionFacts sub, BillingProperties settings) {
        Optional<Plan> plan = settings.planOf(sub.priceId());
        return new Facts(
                sub.id(),
                sub.customerId(),
                SubscriptionStatus.fromStripe(sub.status()),
                plan.map(Plan::tier).orElse(null),
                plan.map(Plan::period).orElse(null),
                sub.cancelAtPeriodEnd(),
                sub.currentPeriodStart(),
                sub.currentPeriodEnd(),
                sub.trialEnd(),
                sub.endedAt(),
                sub.unitAmount(),
                sub.currency());
    }

    MemberSubscription lockOrCreate(long memberId) {
        return rows.lockByMemberId(memberId)
                .orElseGet(() -> rows.saveAndFlush(new MemberSubscription(memberId, clock.instant())));
    }

    Optional<Long> memberOfCustomer(@Nullable String customerId) {
        return customerId == null
                ? Optional.empty()
                : rows.findByStripeCustomerId(customerId).map(MemberSubscription::getMemberId);
    }
}
