package com.backinshape.portal.billing;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins give premium without payment until a date, with a reason, and take it back. {@link PremiumAccess} counts it.
 */
@Service
public class ComplimentaryPremium {

    /** One grant as admin pages show it. */
    public record Grant(
            long id,
            long memberId,
            Tier tier,
            Instant validUntil,
            String reason,
            long grantedBy,
            Instant grantedAt,
            @Nullable Instant revokedAt,
            @Nullable PaymentsDuringGrant payments) {}

    /** Stripe moves a renewal (a trial's end) at most this far ahead. */
    static final Duration LONGEST_RENEWAL_MOVE = Duration.ofDays(730);

    private final ComplimentaryGrantRepository grants;
    private final MemberSubscriptionRepository subscriptions;
    private final PaymentGateways gateways;
    private final CurrentMember currentMember;
    private final Clock clock;

    ComplimentaryPremium(
            ComplimentaryGrantRepository grants,
            MemberSubscriptionRepository subscriptions,
            PaymentGateways gateways,
            CurrentMember currentMember,
            Clock clock) {
        this.grants = grants;
        this.subscriptions = subscriptions;
        this.gateways = gateways;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** A grant to a member without a subscription that is still charging. */
    @PreAuthorize("hasRole('ADMIN')")
    public Grant grant(long memberId, @Nullable Tier tier, @Nullable Instant validUntil, @Nullable String reason) {
        return grant(memberId, tier, validUntil, reason, null);
    }

    /** The member's subscription that would charge them during a grant: held and not ending at the period's end. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean isPaying(long memberId) {
        return charging(memberId).isPresent();
    }

    private Optional<MemberSubscription> charging(long memberId) {
        return subscriptions
                .findByMemberId(memberId)
                .filter(MemberSubscription::holdsSubscription)
                .filter(s -> s.getStripeSubscriptionId() != null && !s.isCancelAtPeriodEnd());
    }

    /**
     * Gives premium until {@code validUntil}. A member whose subscription still charges must not pay during the grant
     * unless the admin says so: {@code payments} pauses collection until the grant ends, moves the next renewal past
     * the grant (by the grant's length), or keeps charging.
     *
     * <p>No transaction is held while the payment provider is asked (pausing or moving the renewal): the subscription
     * is read, the provider called, then the grant saved.
     *
     * @throws InvalidInputException "tier", "validUntil", "reason" or "payments"
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Grant grant(
            long memberId,
            @Nullable Tier tier,
            @Nullable Instant validUntil,
            @Nullable String reason,
            @Nullable PaymentsDuringGrant payments) {
        Optional<MemberSubscription> paying = charging(memberId);
        var errors = new InvalidInputException.Collector();
        if (tier == null || !tier.isPaid()) {
            errors.reject("tier", "Choose Premium or Premium Plus.");
        }
        if (validUntil == null || !validUntil.isAfter(clock.instant())) {
            errors.reject("validUntil", "Choose a date in the future.");
        }
        if (reason == null || reason.isBlank()) {
            errors.reject("reason", "Give a reason: it is kept with the grant.");
        } else if (reason.length() > ComplimentaryGrant.REASON_MAX) {
            errors.reject("reason", "At most " + ComplimentaryGrant.REASON_MAX + " characters.");
        }
        Instant now = clock.instant();
        Instant renewsAt = null;
        if (paying.isPresent() && payments == null) {
            errors.reject("payments", "Choose what happens to the member's subscription during the grant.");
        } else if (paying.isPresent() && payments == PaymentsDuringGrant.MOVE_RENEWAL && validUntil != null) {
            Instant periodEnd = paying.get().getCurrentPeriodEnd();
            Instant from = periodEnd == null || periodEnd.isBefore(now) ? now : periodEnd;
            renewsAt = from.plus(Duration.between(now, validUntil));
            if (renewsAt.isAfter(now.plus(LONGEST_RENEWAL_MOVE))) {
                errors.reject(
                        "payments",
                        "The renewal can move at most two years ahead: pause payments instead, "
                                + "or choose a shorter grant.");
            }
        }
        errors.throwIfAny();
        var grant = new ComplimentaryGrant(memberId, tier, validUntil, reason.strip(), currentMember.requireId(), now);
        if (paying.isPresent()) {
            String subscriptionId = paying.get().getStripeSubscriptionId();
            switch (payments) {
                case PAUSE -> gateways.current().pauseCollection(subscriptionId, validUntil);
                case MOVE_RENEWAL -> gateways.current().extendTrial(subscriptionId, renewsAt);
                case KEEP -> {}
            }
            grant.setPayments(payments);
        }
        return view(grants.save(grant));
    }

    /** The member's grant that has not ended or been revoked and lasts longest, if any. */
    @Transactional(readOnly = true)
    Optional<ComplimentaryGrant> currentGrant(long memberId) {
        Instant now = clock.instant();
        return grants.findByMemberId(memberId).stream()
                .filter(g -> g.isValidAt(now))
                .max(java.util.Comparator.comparing(ComplimentaryGrant::getValidUntil));
    }

    /** Ends a grant; payments paused for it are taken again (asked of the provider outside any transaction). */
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long grantId) {
        grants.findById(grantId).ifPresent(g -> {
            if (g.getPayments() == PaymentsDuringGrant.PAUSE && g.isValidAt(clock.instant())) {
                charging(g.getMemberId())
                        .ifPresent(s -> gateways.current().pauseCollection(s.getStripeSubscriptionId(), null));
            }
            g.revoke(clock.instant());
            grants.save(g);
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Grant> grantsOf(long memberId) {
        return grants.findByMemberId(memberId).stream()
                .map(ComplimentaryPremium::view)
                .toList();
    }

    private static Grant view(ComplimentaryGrant g) {
        return new Grant(
                g.requireId(),
                g.getMemberId(),
                g.getTier(),
                g.getValidUntil(),
                g.getReason(),
                g.getGrantedBy(),
                g.getGrantedAt(),
                g.getRevokedAt(),
                g.getPayments());
    }
}
