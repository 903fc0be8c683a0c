package com.backinshape.portal.billing;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.domain.StripeEventRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clinic staff acting on a member's subscription: cancel (at period end or now) and refund the latest payment, through
 * the same gateway (Stripe or simulated) the member's own changes use; and what the admin member page shows. The
 * consequences come back as Stripe events, as for every payment action. Cancel and refund hold no transaction while the
 * gateway answers: the row is read first, on its own.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SubscriptionAdministration {

    /** The member's subscription as the admin page shows it; {@code access} is {@link PremiumAccess}'s answer. */
    public record Subscription(
            Tier access,
            @Nullable Tier tier,
            @Nullable Period period,
            @Nullable SubscriptionStatus status,
            boolean cancelAtPeriodEnd,
            @Nullable Instant currentPeriodEnd,
            @Nullable Money amount) {
        public boolean isHeld() {
            return status != null && status.isHeld();
        }

        /**
         * There was a payment to refund: a paid amount and not still in the free trial (as {@link #refund} requires).
         */
        public boolean hasPayment() {
            return hasPayment(status, amount);
        }

        static boolean hasPayment(@Nullable SubscriptionStatus status, @Nullable Money amount) {
            return status != null
                    && amount != null
                    && amount.isPositive()
                    && status != SubscriptionStatus.TRIALING
                    && status != SubscriptionStatus.INCOMPLETE
                    && status != SubscriptionStatus.INCOMPLETE_EXPIRED;
        }
    }

    /** One line of the subscription timeline: a Stripe event about the member, or a complimentary grant. */
    public record TimelineEntry(Instant at, String what, String status) {}

    private final MemberSubscriptionRepository rows;
    private final ComplimentaryGrantRepository grants;
    private final StripeEventRepository events;
    private final PaymentGateways gateways;
    private final PremiumAccess access;

    SubscriptionAdministration(
            MemberSubscriptionRepository rows,
            ComplimentaryGrantRepository grants,
            StripeEventRepository events,
            PaymentGateways gateways,
            PremiumAccess access) {
        this.rows = rows;
        this.grants = grants;
        this.events = events;
        this.gateways = gateways;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Subscription subscriptionOf(long memberId) {
        Tier tier = access.tierFor(memberId);
        return rows.findByMemberId(memberId)
                .filter(s -> s.getStatus() != null)
                .map(s -> new Subscription(
                        tier,
                        s.getTier(),
                        s.getPeriod(),
                        s.getStatus(),
                        s.isCancelAtPeriodEnd(),
                        s.getCurrentPeriodEnd(),
                        amount(s)))
                .orElse(new Subscription(tier, null, null, null, false, null, null));
    }

    /** The subscription status of each member who has one (one query; e.g. a page of the admin grid). */
    @Transactional(readOnly = true)
    public Map<Long, SubscriptionStatus> statusesOf(Collection<Long> memberIds) {
        Map<Long, SubscriptionStatus> statuses = new HashMap<>();
        if (!memberIds.isEmpty()) {
            rows.findByMemberIdIn(memberIds).stream()
                    .filter(s -> s.getStatus() != null)
                    .forEach(s -> statuses.put(s.getMemberId(), s.getStatus()));
        }
        return statuses;
    }

    /** Members whose subscription is in {@code status} now (the admin grid's status filter). */
    @Transactional(readOnly = true)
    public Set<Long> membersWithStatus(SubscriptionStatus status) {
        return new HashSet<>(rows.findMemberIdsByStatus(status));
    }

    /** Newest first: the member's Stripe events and complimentary grants (given, revoked). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long memberId) {
        var lines = new ArrayList<TimelineEntry>();
        events.findTop100ByMemberIdOrderByStripeCreatedAtDesc(memberId)
                .forEach(e -> lines.add(new TimelineEntry(
                        e.getStripeCreatedAt(),
                        TimelineWording.describe(e.getType(), e.getPayload()),
                        StripeEventAdministration.label(e.getStatus().name()))));
        grants.findByMemberId(memberId).forEach(g -> {
            lines.add(new TimelineEntry(
                    g.getGrantedAt(),
                    "Complimentary " + g.getTier().label() + " granted until "
                            + TimeConfig.DATE.format(g.getValidUntil()),
                    g.getReason()));
            if (g.getRevokedAt() != null) {
                lines.add(new TimelineEntry(
                        g.getRevokedAt(), "Complimentary " + g.getTier().label() + " revoked", ""));
            }
        });
        lines.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return lines;
    }

    /** @throws InvalidInputException "form" when the member has no subscription to cancel */
    public void cancel(long memberId, boolean atPeriodEnd) {
        MemberSubscription s = held(memberId);
        if (atPeriodEnd) {
            if (s.isCancelAtPeriodEnd()) {
                throw InvalidInputException.of(
                        InvalidInputException.FORM, "The subscription already ends at the period's end.");
            }
            gateways.current().setCancelAtPeriodEnd(s.getStripeSubscriptionId(), true);
        } else {
            gateways.current().cancelNow(s.getStripeSubscriptionId());
        }
    }

    /**
     * Refunds the latest payment: all of it when {@code pounds} is null, else that many pounds.
     *
     * @throws InvalidInputException "amount" when not between £0.01 and the payment; "form" without a payment
     */
    public Money refund(long memberId, @Nullable BigDecimal pounds) {
        MemberSubscription s = rows.findByMemberId(memberId)
                .filter(r -> r.getStripeSubscriptionId() != null)
                .orElseThrow(() -> InvalidInputException.of(InvalidInputException.FORM, "This member has never paid."));
        Money paid = amount(s);
        if (paid == null || !Subscription.hasPayment(s.getStatus(), paid)) {
            throw InvalidInputException.of(InvalidInputException.FORM, "There is no payment to refund yet.");
        }
        Money refund = pounds == null ? paid : toMoney(pounds, paid);
        gateways.current()
                .refundLatestPayment(
                        s.getStripeSubscriptionId(),
                        refund.minor(),
                        UUID.randomUUID().toString());
        return refund;
    }

    private static Money toMoney(BigDecimal pounds, Money paid) {
        if (pounds.scale() > 2) {
            throw InvalidInputException.of("amount", "Use pounds and pence, e.g. 4.50.");
        }
        long pence = pounds.movePointRight(2).longValue();
        if (pence <= 0) {
            throw InvalidInputException.of("amount", "Enter an amount of at least £0.01.");
        }
        if (pence > paid.minor()) {
            throw InvalidInputException.of("amount", "At most the payment of " + paid.format() + ".");
        }
        return new Money(pence, paid.currency());
    }

    private MemberSubscription held(long memberId) {
        return rows.findByMemberId(memberId)
                .filter(MemberSubscription::holdsSubscription)
                .filter(s -> s.getStripeSubscriptionId() != null)
                .orElseThrow(() -> InvalidInputException.of(
                        InvalidInputException.FORM, "This member has no subscription to cancel."));
    }

    private static @Nullable Money amount(MemberSubscription s) {
        return s.getAmountMinor() == null || s.getCurrency() == null
                ? null
                : new Money(s.getAmountMinor(), Currency.getInstance(s.getCurrency()));
    }
}
