package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountAdministration;
import com.backinshape.portal.account.MemberDetail;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.ComplimentaryPremium;
import com.backinshape.portal.billing.ComplimentaryPremium.Grant;
import com.backinshape.portal.billing.Money;
import com.backinshape.portal.billing.PaymentsDuringGrant;
import com.backinshape.portal.billing.SubscriptionAdministration;
import com.backinshape.portal.billing.SubscriptionAdministration.Subscription;
import com.backinshape.portal.billing.SubscriptionAdministration.TimelineEntry;
import com.backinshape.portal.billing.Tier;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's premium and subscription for clinic staff: what they have and the billing actions (complimentary grants,
 * cancellation, refunds), each with its reason in the audit log. The actions hold no transaction of their own: billing
 * asks the payment provider outside any transaction, then the audit entry is written. Billing decides and performs;
 * this class checks the reason and records who did what.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberBilling {

    /** What the member page shows about premium; {@code activeGrants}: not revoked and not yet ended. */
    public record BillingFile(Subscription subscription, List<Grant> activeGrants, List<TimelineEntry> timeline) {}

    private final AccountAdministration accounts;
    private final ComplimentaryPremium complimentary;
    private final SubscriptionAdministration subscriptions;
    private final AuditLog audit;
    private final Clock clock;

    MemberBilling(
            AccountAdministration accounts,
            ComplimentaryPremium complimentary,
            SubscriptionAdministration subscriptions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.complimentary = complimentary;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BillingFile file(long memberId) {
        var now = clock.instant();
        return new BillingFile(
                subscriptions.subscriptionOf(memberId),
                complimentary.grantsOf(memberId).stream()
                        .filter(g -> g.revokedAt() == null && g.validUntil().isAfter(now))
                        .toList(),
                subscriptions.timeline(memberId));
    }

    /**
     * A grant to a member whose subscription is not charging. @throws InvalidInputException "reason", "tier" or
     * "length"
     */
    public Grant grant(long memberId, @Nullable Tier tier, @Nullable GrantLength length, @Nullable String reason) {
        return grant(memberId, tier, length, reason, null);
    }

    /**
     * A grant; for a paying member {@code payments} says what happens to the subscription meanwhile.
     *
     * @throws InvalidInputException "reason", "tier", "length" or "payments"
     */
    public Grant grant(
            long memberId,
            @Nullable Tier tier,
            @Nullable GrantLength length,
            @Nullable String reason,
            @Nullable PaymentsDuringGrant payments) {
        String why = AuditLog.requireReason(reason);
        if (length == null) {
            throw InvalidInputException.of("length", "Choose how long.");
        }
        String name = name(memberId);
        Grant grant = complimentary.grant(memberId, tier, length.from(clock.instant()), why, payments);
        audit.record(
                AuditAction.GRANTED_PREMIUM,
                memberId,
                name,
                why,
                grant.tier().label() + ", " + length.label()
                        + (grant.payments() == null
                                ? ""
                                : "; " + grant.payments().label().toLowerCase()));
        return grant;
    }

    /** @throws InvalidInputException "reason", or "form" when the grant is not this member's */
    public void revoke(long memberId, long grantId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        Grant grant = complimentary.grantsOf(memberId).stream()
                .filter(g -> g.id() == grantId)
                .findFirst()
                .orElseThrow(
                        () -> InvalidInputException.of(InvalidInputException.FORM, "No such grant for this member."));
        complimentary.revoke(grantId);
        audit.record(
                AuditAction.REVOKED_PREMIUM,
                memberId,
                name(memberId),
                why,
                grant.tier().label() + " grant #" + grantId);
    }

    /** @throws InvalidInputException "reason", or "form" without a subscription */
    public void cancel(long memberId, boolean atPeriodEnd, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        String name = name(memberId);
        subscriptions.cancel(memberId, atPeriodEnd);
        audit.record(
                atPeriodEnd ? AuditAction.CANCELLED_AT_PERIOD_END : AuditAction.CANCELLED_NOW,
                memberId,
                name,
                why,
                null);
    }

    /** Full refund when {@code pounds} is null. @throws InvalidInputException "reason", "amount" or "form" */
    public Money refund(long memberId, @Nullable BigDecimal pounds, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        String name = name(memberId);
        Money paid = subscriptions.subscriptionOf(memberId).amount();
        Money refunded = subscriptions.refund(memberId, pounds);
        audit.record(
                AuditAction.REFUNDED,
                memberId,
                name,
                why,
                (refunded.equals(paid) ? "in full: " : "in part: ") + refunded.format());
        return refunded;
    }

    private String name(long memberId) {
        MemberDetail d = accounts.detail(memberId)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "There is no member " + memberId + "."));
        return MemberAdmin.displayName(d.summary());
    }
}
