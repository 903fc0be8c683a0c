package com.backinshape.portal.billing.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member's subscription as Stripe last described it (one row per member, kept after it ends), the member's Stripe
 * customer, and their pending checkout. Changed only by the webhook pipeline and by checkout; {@code lastEventAt} keeps
 * older news from overwriting newer state.
 */
@Entity
@Table(name = "billing_subscription")
public class MemberSubscription extends AbstractEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "stripe_customer_id")
    private @Nullable String stripeCustomerId;

    @Column(name = "stripe_subscription_id")
    private @Nullable String stripeSubscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier")
    private @Nullable Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "period")
    private @Nullable Period period;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private @Nullable SubscriptionStatus status;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    @Column(name = "current_period_start")
    private @Nullable Instant currentPeriodStart;

    @Column(name = "current_period_end")
    private @Nullable Instant currentPeriodEnd;

    @Column(name = "trial_end")
    private @Nullable Instant trialEnd;

    @Column(name = "past_due_since")
    private @Nullable Instant pastDueSince;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "amount_minor")
    private @Nullable Long amountMinor;

    @Column(name = "currency")
    private @Nullable String currency;

    @Column(name = "trial_used", nullable = false)
    private boolean trialUsed;

    @Column(name = "last_event_at")
    private @Nullable Instant lastEventAt;

    @Column(name = "checkout_session_id")
    private @Nullable String checkoutSessionId;

    @Column(name = "checkout_price_id")
    private @Nullable String checkoutPriceId;

    @Column(name = "checkout_attempt", nullable = false)
    private int checkoutAttempt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MemberSubscription() {
        this.updatedAt = Instant.EPOCH;
    }

    public MemberSubscription(long memberId, Instant now) {
        this.memberId = memberId;
        this.updatedAt = now;
    }

    /** What Stripe says about the subscription now. */
    public record Facts(
            String subscriptionId,
            String customerId,
            SubscriptionStatus status,
            @Nullable Tier tier,
            @Nullable Period period,
            boolean cancelAtPeriodEnd,
            @Nullable Instant currentPeriodStart,
            @Nullable Instant currentPeriodEnd,
            @Nullable Instant trialEnd,
            @Nullable Instant endedAt,
            @Nullable Long amountMinor,
            @Nullable String currency) {}

    /** Takes Stripe's current description; past-due time is the start of the period whose renewal failed. */
    public void apply(Facts f, Instant eventCreated, Instant now) {
        stripeSubscriptionId = f.subscriptionId();
        stripeCustomerId = f.customerId();
        status = f.status();
        tier = f.tier();
        period = f.period();
        cancelAtPeriodEnd = f.cancelAtPeriodEnd();
        currentPeriodStart = f.currentPeriodStart();
        currentPeriodEnd = f.currentPeriodEnd();
        trialEnd = f.trialEnd();
        endedAt = f.endedAt();
        amountMinor = f.amountMinor();
        currency = f.currency();
        pastDueSince = f.status() == SubscriptionStatus.PAST_DUE
                ? (f.currentPeriodStart() != null ? f.currentPeriodStart() : eventCreated)
                : null;
        trialUsed = true;
        if (f.status().isHeld() || f.status() == SubscriptionStatus.CANCELED) {
            checkoutSessionId = null;
            checkoutPriceId = null;
        }
        noteEvent(eventCreated, now);
    }

    public void noteEvent(Instant eventCreated, Instant now) {
        if (lastEventAt == null || eventCreated.isAfter(lastEventAt)) {
            lastEventAt = eventCreated;
        }
        updatedAt = now;
    }

    /** True when an event created at {@code eventCreated} is older than what this row already reflects. */
    public boolean isNewerThan(Instant eventCreated) {
        return lastEventAt != null && lastEventAt.isAfter(eventCreated);
    }

    public void startCheckout(String sessionId, String priceId, Instant now) {
        checkoutSessionId = sessionId;
        checkoutPriceId = priceId;
        updatedAt = now;
    }

    public void endCheckout(String sessionId, Instant now) {
        if (sessionId.equals(checkoutSessionId)) {
            checkoutSessionId = null;
            checkoutPriceId = null;
            checkoutAttempt++;
            updatedAt = now;
        }
    }

    public void linkCustomer(String customerId) {
        if (stripeCustomerId == null) {
            stripeCustomerId = customerId;
        }
    }

    public boolean holdsSubscription() {
        return status != null && status.isHeld();
    }

    public long getMemberId() {
        return memberId;
    }

    public @Nullable String getStripeCustomerId() {
        return stripeCustomerId;
    }

    public @Nullable String getStripeSubscriptionId() {
        return stripeSubscriptionId;
    }

    public @Nullable Tier getTier() {
        return tier;
    }

    public @Nullable Period getPeriod() {
        return period;
    }

    public @Nullable SubscriptionStatus getStatus() {
        return status;
    }

    public boolean isCancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public @Nullable Instant getCurrentPeriodStart() {
        return currentPeriodStart;
    }

    public @Nullable Instant getCurrentPeriodEnd() {
        return currentPeriodEnd;
    }

    public @Nullable Instant getTrialEnd() {
        return trialEnd;
    }

    public @Nullable Instant getPastDueSince() {
        return pastDueSince;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public @Nullable Long getAmountMinor() {
        return amountMinor;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public boolean isTrialUsed() {
        return trialUsed;
    }

    public @Nullable Instant getLastEventAt() {
        return lastEventAt;
    }

    public @Nullable String getCheckoutSessionId() {
        return checkoutSessionId;
    }

    public @Nullable String getCheckoutPriceId() {
        return checkoutPriceId;
    }

    public int getCheckoutAttempt() {
        return checkoutAttempt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
