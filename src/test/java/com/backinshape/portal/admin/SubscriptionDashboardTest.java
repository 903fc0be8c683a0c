package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.SubscriptionMetrics.Metrics;
import com.backinshape.portal.billing.SubscriptionMetrics.PlanCount;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's subscription figures on a small known set (counted as the change it makes, since the test database is
 * shared): paying, trialing, MRR (yearly ÷ 12, trials excluded), churn, past due, conversion.
 */
class SubscriptionDashboardTest extends AdminTestBase {

    @Autowired
    Dashboard dashboard;

    @Autowired
    CheckoutService checkout;

    @Autowired
    BillingService memberBilling;

    @Autowired
    MemberBilling adminBilling;

    @Test
    void paying_plans_count_towards_mrr_trials_do_not_and_ended_and_past_due_are_counted() {
        signInAsAdmin();
        Metrics before = dashboard.report(null, null).subscriptions();
        long convertedBefore = dashboard.report(null, null).premium();

        subscribe("Monthly", Tier.PREMIUM, Period.MONTHLY, SubscriptionStatus.ACTIVE, false);
        subscribe("Yearly", Tier.PREMIUM, Period.YEARLY, SubscriptionStatus.ACTIVE, false);
        subscribe("Trial", Tier.PREMIUM_PLUS, Period.MONTHLY, SubscriptionStatus.TRIALING, false);
        subscribe("Late", Tier.PREMIUM_PLUS, Period.YEARLY, SubscriptionStatus.PAST_DUE, true);
        long leaver = subscribe("Leaver", Tier.PREMIUM_PLUS, Period.YEARLY, SubscriptionStatus.ACTIVE, false);
        signInAsAdmin();
        adminBilling.cancel(leaver, false, "Member moved away");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> dashboard.report(null, null).subscriptions().churned() == before.churned() + 1);

        DashboardReport report = dashboard.report(null, null);
        Metrics after = report.subscriptions();
        assertThat(count(after, Tier.PREMIUM, Period.MONTHLY).active()
                        - count(before, Tier.PREMIUM, Period.MONTHLY).active())
                .isEqualTo(1);
        assertThat(count(after, Tier.PREMIUM, Period.YEARLY).active()
                        - count(before, Tier.PREMIUM, Period.YEARLY).active())
                .isEqualTo(1);
        assertThat(count(after, Tier.PREMIUM_PLUS, Period.MONTHLY).trialing()
                        - count(before, Tier.PREMIUM_PLUS, Period.MONTHLY).trialing())
                .isEqualTo(1);
        assertThat(after.active() - before.active()).isEqualTo(2);
        assertThat(after.pastDue() - before.pastDue()).isEqualTo(1);
        // £9.99 a month plus £89.00 a year ÷ 12 (£7.42); the trial, the past-due and the ended plans add nothing
        assertThat(after.mrr().minor() - before.mrr().minor()).isBetween(1740L, 1742L);
        assertThat(report.premium() - convertedBefore).isEqualTo(5);
    }

    private long subscribe(String name, Tier tier, Period period, SubscriptionStatus expected, boolean failRenewal) {
        long id = verifiedMember(name);
        Members.signIn(members, tx, id);
        String url = checkout.start(tier, period);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.TRIALING);
        if (expected != SubscriptionStatus.TRIALING) {
            if (failRenewal) {
                memberBilling.simulateFailedRenewal();
            }
            memberBilling.simulateRenewal();
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> memberBilling.overview().status() == expected);
        }
        return id;
    }

    private static PlanCount count(Metrics m, Tier tier, Period period) {
        return m.plans().stream()
                .filter(p -> p.tier() == tier && p.period() == period)
                .findFirst()
                .orElseThrow();
    }
}
