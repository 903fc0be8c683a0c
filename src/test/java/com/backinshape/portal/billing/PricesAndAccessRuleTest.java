package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.billing.BillingProperties.Price;
import com.backinshape.portal.billing.BillingProperties.Prices;
import com.backinshape.portal.billing.BillingProperties.StripeSettings;
import com.backinshape.portal.billing.domain.ComplimentaryGrant;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money, the price settings, and the one premium access rule, without Spring. */
class PricesAndAccessRuleTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration GRACE = Duration.ofDays(7);

    @Test
    void amounts_are_read_and_shown_in_pounds_and_pence_without_floating_point() {
        assertThat(Money.parse("9.99 GBP")).isEqualTo(Money.gbp(999));
        assertThat(Money.parse("GBP 239")).isEqualTo(Money.gbp(23900));
        assertThat(Money.gbp(999).format()).isEqualTo("£9.99");
        assertThat(Money.gbp(8900).format()).isEqualTo("£89");
        assertThat(Money.gbp(2499).times(12).minus(Money.gbp(23900)).format()).isEqualTo("£60.88");
    }

    @Test
    void stripe_mode_refuses_to_start_without_every_price_id_and_the_webhook_secret() {
        Prices noIds = new Prices(
                new Price("", Money.gbp(999)),
                new Price("", Money.gbp(8900)),
                new Price("", Money.gbp(2499)),
                new Price("", Money.gbp(23900)));
        assertThatThrownBy(() -> new BillingProperties(
                        new StripeSettings("sk_test_x", "", URI.create("https://api.stripe.com")), noIds, GRACE, 7))
                .hasMessageContaining("STRIPE_WEBHOOK_SECRET")
                .hasMessageContaining("STRIPE_PRICE_PREMIUM_PLUS_YEARLY");
        var simulated = new BillingProperties(
                new StripeSettings("", "", URI.create("https://api.stripe.com")), noIds, GRACE, 7);
        assertThat(simulated.stripe().enabled()).isFalse();
        assertThat(simulated.planOf(simulated.priceId(Tier.PREMIUM_PLUS, Period.YEARLY)))
                .contains(new Plan(Tier.PREMIUM_PLUS, Period.YEARLY));
    }

    @Test
    void production_refuses_simulated_payments_and_accepts_stripe() {
        Prices ids = new Prices(
                new Price("price_a", Money.gbp(999)),
                new Price("price_b", Money.gbp(8900)),
                new Price("price_c", Money.gbp(2499)),
                new Price("price_d", Money.gbp(23900)));
        URI api = URI.create("https://api.stripe.com");
        assertThatThrownBy(() -> new BillingSettingsCheck(
                                new BillingProperties(new StripeSettings("", "", api), ids, GRACE, 7))
                        .afterPropertiesSet())
                .hasMessageContaining("simulated payments");
        new BillingSettingsCheck(new BillingProperties(new StripeSettings("sk_live_x", "whsec_x", api), ids, GRACE, 7))
                .afterPropertiesSet();
    }

    @Test
    void trialing_and_active_give_the_tier_and_cancelled_subscriptions_keep_it_until_the_period_ends() {
        assertThat(tier(row("active", false, NOW.plus(Duration.ofDays(30))), NOW))
                .isEqualTo(Tier.PREMIUM);
        assertThat(tier(row("trialing", false, NOW.plus(Duration.ofDays(7))), NOW))
                .isEqualTo(Tier.PREMIUM);
        var cancelling = row("active", true, NOW.plus(Duration.ofDays(30)));
        assertThat(tier(cancelling, NOW.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isEqualTo(Tier.PREMIUM);
        assertThat(tier(cancelling, NOW.plus(Duration.ofDays(30)))).isEqualTo(Tier.FREE);
        assertThat(tier(row("canceled", false, NOW.plus(Duration.ofDays(30))), NOW))
                .isEqualTo(Tier.FREE);
        assertThat(tier(row("unpaid", false, NOW.plus(Duration.ofDays(30))), NOW))
                .isEqualTo(Tier.FREE);
        assertThat(tier(row("incomplete", false, NOW.plus(Duration.ofDays(30))), NOW))
                .isEqualTo(Tier.FREE);
    }

    @Test
    void past_due_keeps_premium_for_seven_days_after_the_failed_renewal_then_not() {
        var pastDue = row("past_due", false, NOW.plus(Duration.ofDays(30)));
        assertThat(tier(pastDue, NOW.plus(GRACE).minusSeconds(1))).isEqualTo(Tier.PREMIUM);
        assertThat(tier(pastDue, NOW.plus(GRACE))).isEqualTo(Tier.FREE);
    }

    @Test
    void an_unexpired_complimentary_grant_gives_its_tier_and_the_higher_tier_wins() {
        var grant =
                new ComplimentaryGrant(1, Tier.PREMIUM_PLUS, NOW.plus(Duration.ofDays(10)), "Clinic patient", 2, NOW);
        assertThat(AccessRule.tierFor(row("active", false, NOW.plus(Duration.ofDays(30))), List.of(grant), NOW, GRACE))
                .isEqualTo(Tier.PREMIUM_PLUS);
        assertThat(AccessRule.tierFor(null, List.of(grant), NOW.plus(Duration.ofDays(10)), GRACE))
                .isEqualTo(Tier.FREE);
        grant.revoke(NOW);
        assertThat(AccessRule.tierFor(null, List.of(grant), NOW, GRACE)).isEqualTo(Tier.FREE);
    }

    private static Tier tier(MemberSubscription s, Instant at) {
        return AccessRule.tierFor(s, List.of(), at, GRACE);
    }

    private static MemberSubscription row(String status, boolean cancelAtPeriodEnd, Instant periodEnd) {
        var s = new MemberSubscription(1, NOW);
        s.apply(
                new Facts(
                        "sub_1",
                        "cus_1",
                        SubscriptionStatus.fromStripe(status),
                        Tier.PREMIUM,
                        Period.MONTHLY,
                        cancelAtPeriodEnd,
                        NOW,
                        periodEnd,
                        "trialing".equals(status) ? periodEnd : null,
                        null,
                        999L,
                        "GBP"),
                NOW,
                NOW);
        return s;
    }
}
