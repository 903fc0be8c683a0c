package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly comparison with the gateway repairs a subscription whose webhook never arrived. */
class ReconciliationTest extends BillingTestBase {

    @Autowired
    SubscriptionReconciliation reconciliation;

    @Test
    void a_cancellation_whose_webhook_was_lost_is_repaired_and_premium_ends() {
        long ann = signedInMember("Ann");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(ann, Tier.PREMIUM);
        String sub = row(ann).getStripeSubscriptionId();
        tx.executeWithoutResult(s -> {
            var lost = simulatedStripe.get(sub);
            lost.addProperty("status", "canceled");
            simulatedStripe.save(lost);
        });

        int repaired = reconciliation.reconcile();

        assertThat(repaired).isGreaterThanOrEqualTo(1);
        assertThat(row(ann).getStatus()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(access.tierFor(ann)).isEqualTo(Tier.FREE);
        assertThat(reconciliation.reconcile()).as("nothing left to repair").isZero();
    }
}
