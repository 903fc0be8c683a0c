package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import java.time.Clock;
import java.util.Objects;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares every live subscription with what the gateway says now and repairs drift (e.g. a webhook that never
 * arrived), logging each repair. Nightly, and callable by an admin.
 */
@Service
public class SubscriptionReconciliation {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionReconciliation.class);

    private final MemberSubscriptionRepository rows;
    private final PaymentGateways gateways;
    private final BillingProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    SubscriptionReconciliation(
            MemberSubscriptionRepository rows,
            PaymentGateways gateways,
            BillingProperties settings,
            PlatformTransactionManager tm,
            Clock clock) {
        this.rows = rows;
        this.gateways = gateways;
        this.settings = settings;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
    }

    /** Admin: reconcile now; answers how many subscriptions were repaired. */
    @PreAuthorize("hasRole('ADMIN')")
    public int reconcileNow() {
        return reconcile();
    }

    @Scheduled(cron = "${billing.reconcile-cron:0 17 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "subscription-reconciliation", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void nightly() {
        reconcile();
    }

    int reconcile() {
        int repaired = 0;
        for (Long memberId : rows.findMembersWithLiveSubscriptions()) {
            try {
                repaired += repair(memberId) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not reconcile the subscription of member {}: {}", memberId, e.getMessage());
            }
        }
        log.info("Subscription reconciliation: {} repaired", repaired);
        return repaired;
    }

    /** Asks the gateway with no transaction open, then compares and repairs in a short one under the row's lock. */
    private boolean repair(long memberId) {
        String subscriptionId = rows.findByMemberId(memberId)
                .map(MemberSubscription::getStripeSubscriptionId)
                .orElse(null);
        if (subscriptionId == null) {
            return false;
        }
        Facts stripe = SubscriptionSync.facts(gateways.current().subscription(subscriptionId), settings);
        return Boolean.TRUE.equals(tx.execute(s -> apply(memberId, stripe)));
    }

    private boolean apply(long memberId, Facts stripe) {
        MemberSubscription row = rows.lockByMemberId(memberId).orElseThrow();
        if (!stripe.subscriptionId().equals(row.getStripeSubscriptionId()) || matches(row, stripe)) {
            return false;
        }
        log.warn(
                "Repairing member {}'s subscription {}: status {} -> {}, cancel at period end {} -> {}, period end {} -> {}",
                memberId,
                stripe.subscriptionId(),
                row.getStatus(),
                stripe.status(),
                row.isCancelAtPeriodEnd(),
                stripe.cancelAtPeriodEnd(),
                row.getCurrentPeriodEnd(),
                stripe.currentPeriodEnd());
        row.apply(stripe, clock.instant(), clock.instant());
        return true;
    }

    private static boolean matches(MemberSubscription row, Facts f) {
        return row.getStatus() == f.status()
                && row.getTier() == f.tier()
                && row.getPeriod() == f.period()
                && row.isCancelAtPeriodEnd() == f.cancelAtPeriodEnd()
                && Objects.equals(row.getCurrentPeriodEnd(), f.currentPeriodEnd())
                && Objects.equals(row.getTrialEnd(), f.trialEnd());
    }
}
