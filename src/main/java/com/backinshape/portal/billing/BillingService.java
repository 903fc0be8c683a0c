package com.backinshape.portal.billing;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.ComplimentaryGrantRepository;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import com.backinshape.portal.billing.gateway.SimulatedGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's billing page: what they have, and every change they can make. Changes go to the gateway; the
 * page shows them once the gateway's events have come back through the webhook.
 */
@Service
public class BillingService {

    /**
     * What the billing page shows. {@code accessUntil} is when premium ends if nothing changes (past due or cancelled).
     */
    public record Overview(
            Tier access,
            @Nullable Tier tier,
            @Nullable Period period,
            @Nullable SubscriptionStatus status,
            boolean cancelAtPeriodEnd,
            @Nullable Instant currentPeriodEnd,
            @Nullable Instant trialEnd,
            @Nullable Money amount,
            @Nullable Instant accessUntil,
            boolean simulated,
            @Nullable ComplimentaryGrantView grant) {
        public boolean hasSubscription() {
            return status != null && status.isHeld();
        }
    }

    /** The member's complimentary premium from the clinic: tier, end date, and what it did to their payments. */
    public record ComplimentaryGrantView(
            Tier tier, Instant validUntil, @Nullable PaymentsDuringGrant payments) {}

    private final MemberSubscriptionRepository rows;
    private final PaymentGateways gateways;
    private final SimulatedGateway simulated;
    private final CurrentMember currentMember;
    private final BillingProperties settings;
    private final AppProperties app;
    private final ComplimentaryGrantRepository grants;
    private final Clock clock;

    BillingService(
            MemberSubscriptionRepository rows,
            PaymentGateways gateways,
            SimulatedGateway simulated,
            CurrentMember currentMember,
            BillingProperties settings,
            AppProperties app,
            ComplimentaryGrantRepository grants,
            Clock clock) {
        this.grants = grants;
        this.clock = clock;
        this.rows = rows;
        this.gateways = gateways;
        this.simulated = simulated;
        this.currentMember = currentMember;
        this.settings = settings;
        this.app = app;
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Overview overview() {
        long memberId = currentMember.requireId();
        boolean sim = gateways.current().isSimulated();
        Instant now = clock.instant();
        // the member's subscription and grants, read once: the tier is decided from the same rows as the rest
        Optional<MemberSubscription> subscription = rows.findByMemberId(memberId);
        List<ComplimentaryGrant> given = grants.findByMemberId(memberId);
        Tier tier = AccessRule.tierFor(subscription.orElse(null), given, now, settings.gracePeriod());
        ComplimentaryGrantView grant = given.stream()
                .filter(g -> g.isValidAt(now))
                .max(Comparator.comparing(ComplimentaryGrant::getValidUntil))
                .map(g -> new ComplimentaryGrantView(g.getTier(), g.getValidUntil(), g.getPayments()))
                .orElse(null);
        return subscription
                .filter(s -> s.getStatus() != null)
                .map(s -> new Overview(
                        tier,
                        s.getTier(),
                        s.getPeriod(),
                        s.getStatus(),
                        s.isCancelAtPeriodEnd(),
                        s.getCurrentPeriodEnd(),
                        s.getTrialEnd(),
                        s.getAmountMinor() == null
                                ? null
                                : new Money(s.getAmountMinor(), Currency.getInstance(s.getCurrency())),
                        accessUntil(s),
                        sim,
                        grant))
                .orElse(new Overview(tier, null, null, null, false, null, null, null, null, sim, grant));
    }

    /** When a past-due member's premium ends, for the banner on every page; empty when not past due. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> pastDueUntil() {
        return currentMember
                .principal()
                .flatMap(p -> rows.findByMemberId(p.memberId()))
                .filter(s -> s.getStatus() == SubscriptionStatus.PAST_DUE && s.getPastDueSince() != null)
                .map(s -> s.getPastDueSince().plus(settings.gracePeriod()));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public Money previewSwitch(Tier tier, Period period) {
        return gateways.current().previewChange(subscriptionId(), settings.priceId(tier, period));
    }

    /** What {@code plan} costs each period (the plan-change options show it). */
    @PreAuthorize("hasRole('MEMBER')")
    public Money price(Plan plan) {
        return settings.amount(plan);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public void switchPlan(Tier tier, Period period) {
        MemberSubscription s = held();
        if (tier == s.getTier() && period == s.getPeriod()) {
            throw InvalidInputException.of(InvalidInputException.FORM, "This is already your plan.");
        }
        gateways.current().changePrice(s.getStripeSubscriptionId(), settings.priceId(tier, period));
    }

    @PreAuthorize("hasRole('MEMBER')")
    public void cancelAtPeriodEnd() {
        gateways.current().setCancelAtPeriodEnd(subscriptionId(), true);
    }

    @PreAuthorize("hasRole('MEMBER')")
    public void keepSubscription() {
        gateways.current().setCancelAtPeriodEnd(subscriptionId(), false);
    }

    /** The Customer Portal's address, or empty in simulated mode (there is no card to manage). */
    @PreAuthorize("hasRole('MEMBER')")
    public Optional<String> customerPortalUrl() {
        String customer = rows.findByMemberId(currentMember.requireId())
                .map(MemberSubscription::getStripeCustomerId)
                .orElse(null);
        return customer == null
                ? Optional.empty()
                : Optional.ofNullable(gateways.current().portalUrl(customer, app.link("/billing")));
    }

    /** Simulated mode only: the current period ends now and the next payment is taken (or fails). */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void simulateRenewal() {
        requireSimulated();
        simulated.renewNow(subscriptionId());
    }

    /** Simulated mode only: the next renewal's payment will be declined. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void simulateFailedRenewal() {
        requireSimulated();
        simulated.failNextRenewal(subscriptionId());
    }

    private @Nullable Instant accessUntil(MemberSubscription s) {
        if (s.getStatus() == SubscriptionStatus.PAST_DUE && s.getPastDueSince() != null) {
            return s.getPastDueSince().plus(settings.gracePeriod());
        }
        return s.isCancelAtPeriodEnd() ? s.getCurrentPeriodEnd() : null;
    }

    private void requireSimulated() {
        if (!gateways.current().isSimulated()) {
            throw new IllegalStateException("Only in simulated mode");
        }
    }

    private String subscriptionId() {
        return held().getStripeSubscriptionId();
    }

    private MemberSubscription held() {
        return rows.findByMemberId(currentMember.requireId())
                .filter(MemberSubscription::holdsSubscription)
                .filter(s -> s.getStripeSubscriptionId() != null)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "You have no subscription to change."));
    }
}
