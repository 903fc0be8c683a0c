package com.backinshape.portal.billing;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.CheckoutFacts;
import com.backinshape.portal.billing.gateway.PaymentGateway;
import com.backinshape.portal.billing.gateway.PaymentGateway.CheckoutRequest;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import com.backinshape.portal.billing.gateway.SimulatedGateway;
import com.backinshape.portal.billing.gateway.SubscriptionFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade journey: prices, starting a checkout (the price is chosen here from tier and period, never by the
 * client), the simulated checkout's payment, and the return page's progress.
 */
@Service
public class CheckoutService {

    /** One paid plan as the pricing page shows it. */
    public record PlanPrice(Tier tier, Period period, Money amount, Money yearlySaving) {}

    /** What a checkout buys: the plan, its price, the free trial's end (null without a trial) and the first charge. */
    public record Summary(Plan plan, Money amount, @Nullable Instant trialEnd, Instant firstCharge) {}

    /** @param confirmed the upgrade is in place: the member has a paid tier */
    public record Progress(boolean confirmed, Tier tier) {}

    private final PaymentGateways gateways;
    private final SimulatedGateway simulated;
    private final SubscriptionSync sync;
    private final CheckoutFulfilment fulfilment;
    private final PremiumAccess access;
    private final CurrentMember currentMember;
    private final BillingProperties settings;
    private final AppProperties app;
    private final Clock clock;
    private final ObjectProvider<PremiumStart> premiumStart;
    private final MemberSubscriptionRepository rows;
    private final TransactionTemplate tx;

    CheckoutService(
            PaymentGateways gateways,
            SimulatedGateway simulated,
            SubscriptionSync sync,
            CheckoutFulfilment fulfilment,
            PremiumAccess access,
            CurrentMember currentMember,
            BillingProperties settings,
            AppProperties app,
            Clock clock,
            ObjectProvider<PremiumStart> premiumStart,
            MemberSubscriptionRepository rows,
            PlatformTransactionManager tm) {
        this.rows = rows;
        this.premiumStart = premiumStart;
        this.tx = new TransactionTemplate(tm);
        this.gateways = gateways;
        this.simulated = simulated;
        this.sync = sync;
        this.fulfilment = fulfilment;
        this.access = access;
        this.currentMember = currentMember;
        this.settings = settings;
        this.app = app;
        this.clock = clock;
    }

    /** Every paid plan with its price, and for yearly plans what they save against twelve months. */
    public List<PlanPrice> prices() {
        return List.of(Tier.PREMIUM, Tier.PREMIUM_PLUS).stream()
                .flatMap(t -> List.of(Period.values()).stream().map(p -> {
                    Money amount = settings.amount(new Plan(t, p));
                    Money saving = p == Period.YEARLY
                            ? settings.amount(new Plan(t, Period.MONTHLY))
                                    .times(12)
                                    .minus(amount)
                            : Money.gbp(0);
                    return new PlanPrice(t, p, amount, saving);
                }))
                .toList();
    }

    /** The signed-in member's tier, or FREE for a visitor. */
    public Tier currentTier() {
        return currentMember.principal().map(p -> access.tierFor(p.memberId())).orElse(Tier.FREE);
    }

    /** True for a verified member (who may start a checkout); false for visitors. */
    public boolean isSignedIn() {
        return currentMember.principal().filter(MemberPrincipal::verified).isPresent();
    }

    public boolean isSimulated() {
        return gateways.current().isSimulated();
    }

    /**
     * Starts (or, for a double click, finds again) a checkout for the plan; answers where to send the member. The
     * member's row is read in one short transaction and the checkout recorded in another; Stripe is asked in between,
     * holding no connection or lock (its idempotency keys make a double click create one customer and one session).
     *
     * @throws InvalidInputException "form" when the member already has a subscription
     */
    @PreAuthorize("hasRole('MEMBER')")
    public String start(Tier tier, Period period) {
        if (!tier.isPaid()) {
            throw InvalidInputException.of(InvalidInputException.FORM, "The free tier needs no checkout.");
        }
        MemberPrincipal member = currentMember.principal().orElseThrow();
        PaymentGateway gateway = gateways.current();
        String priceId = settings.priceId(tier, period);
        Started before = Objects.requireNonNull(tx.execute(s -> {
            MemberSubscription row = sync.lockOrCreate(member.memberId());
            if (row.holdsSubscription()) {
                throw InvalidInputException.of(
                        InvalidInputException.FORM,
                        "You already have a subscription. You can change your plan on your billing page.");
            }
            return new Started(
                    row.getCheckoutSessionId(),
                    row.getCheckoutPriceId(),
                    row.getStripeCustomerId(),
                    !row.isTrialUsed() && settings.trialDays() > 0,
                    row.getCheckoutAttempt());
        }));
        if (before.sessionId() != null && priceId.equals(before.priceId())) {
            CheckoutFacts pending = gateway.checkoutSession(before.sessionId());
            if (pending.isOpen()) {
                return pending.url();
            }
        }
        String customerId = before.customerId() != null
                ? before.customerId()
                : gateway.createCustomer(
                        member.memberId(), member.email(), member.firstName(), "customer-" + member.memberId());
        CheckoutFacts session = gateway.createCheckout(new CheckoutRequest(
                member.memberId(),
                customerId,
                priceId,
                before.trial(),
                settings.trialDays(),
                app.link("/checkout/return") + "?session_id={CHECKOUT_SESSION_ID}",
                app.link("/pricing"),
                "checkout-" + member.memberId() + "-" + before.attempt() + "-" + priceId));
        tx.executeWithoutResult(s -> {
            MemberSubscription row = sync.lockOrCreate(member.memberId());
            if (row.getStripeCustomerId() == null) {
                row.linkCustomer(customerId);
            }
            if (!session.id().equals(row.getCheckoutSessionId())) {
                row.startCheckout(session.id(), priceId, clock.instant());
            }
        });
        return session.url();
    }

    /** The member's row as {@link #start} found it, before asking the gateway. */
    private record Started(
            @Nullable String sessionId,
            @Nullable String priceId,
            @Nullable String customerId,
            boolean trial,
            int attempt) {}

    /** The simulated checkout page's "Pay"; answers the return address. @throws InvalidInputException "cardNumber" */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public String paySimulated(String sessionId, @Nullable String cardNumber) {
        if (!gateways.current().isSimulated()) {
            throw new IllegalStateException("Simulated checkout is off: payments go through Stripe");
        }
        return simulated.pay(sessionId, currentMember.requireId(), cardNumber);
    }

    /**
     * Whether the upgrade has landed. With {@code askGateway} (the webhook is late) the gateway is asked about the
     * session, and a completed one is applied the same way the webhook applies it: the gateway's answers are fetched
     * first, then applied in one short transaction.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public Progress progress(@Nullable String sessionId, boolean askGateway) {
        long memberId = currentMember.requireId();
        Tier tier = access.tierFor(memberId);
        if (!tier.isPaid() && askGateway && sessionId != null && !sessionId.isBlank()) {
            CheckoutFacts s = gateways.current().checkoutSession(sessionId);
            if (s.isComplete()
                    && s.subscriptionId() != null
                    && Long.valueOf(memberId).equals(s.memberId())) {
                SubscriptionFacts subscription = sync.fetch(s.subscriptionId());
                Instant now = clock.instant();
                tx.executeWithoutResult(t -> fulfilment.completed(memberId, s.id(), s.customerId(), subscription, now));
                tier = access.tierFor(memberId);
            }
        }
        return new Progress(tier.isPaid(), tier);
    }

    /**
     * Where the signed-in member starts after upgrading: the questionnaire first if none is completed, else strength
     * training.
     */
    @PreAuthorize("hasRole('MEMBER')")
    public PremiumStart.FirstStep firstStep() {
        long memberId = currentMember.requireId();
        PremiumStart start = premiumStart.getIfAvailable();
        return start == null ? PremiumStart.STRENGTH : start.firstStep(memberId);
    }

    /** What checking out {@code tier} and {@code period} now would buy the signed-in member (said before paying). */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Summary summary(Tier tier, Period period) {
        Plan plan = new Plan(tier, period);
        boolean trialUsed = rows.findByMemberId(currentMember.requireId())
                .map(MemberSubscription::isTrialUsed)
                .orElse(false);
        Instant now = clock.instant();
        Instant trialEnd =
                !trialUsed && settings.trialDays() > 0 ? now.plus(Duration.ofDays(settings.trialDays())) : null;
        return new Summary(plan, settings.amount(plan), trialEnd, trialEnd == null ? now : trialEnd);
    }

    /** The summary of the member's open checkout {@code sessionId}, or empty when it is not theirs. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Summary> summaryOfCheckout(String sessionId) {
        return rows.findByMemberId(currentMember.requireId())
                .filter(r -> sessionId.equals(r.getCheckoutSessionId()))
                .flatMap(r -> settings.planOf(r.getCheckoutPriceId()))
                .map(p -> summary(p.tier(), p.period()));
    }
}
