package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.base.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The whole subscription lifecycle in simulated mode, through the same webhook pipeline Stripe's events take. */
class SimulatedSubscriptionLifecycleTest extends BillingTestBase {

    @Test
    void paying_with_the_good_card_starts_a_seven_day_trial_with_premium_and_one_confirmation_email() {
        long ann = signedInMember("Ann");

        String returnUrl = upgrade(Tier.PREMIUM, Period.MONTHLY);

        assertThat(returnUrl).contains("/checkout/return?session_id=cs_sim_");
        eventuallyTier(ann, Tier.PREMIUM);
        var row = row(ann);
        assertThat(row.getStatus()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(row.getTrialEnd()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(row.getAmountMinor()).isEqualTo(999L);
        var email = awaitEmail("upgrade-confirmed:" + row.getStripeSubscriptionId());
        assertThat(email.getTextBody())
                .contains("£9.99")
                .contains("3 December 2026")
                .containsPattern("Open your strength programmes: https?://\\S+/strength\\R");
        assertThat(email.getHtmlBody()).containsPattern("href=\"https?://[^\"]+/strength\"");
        assertThat(checkout.firstStep().path()).isEqualTo("/questionnaire");
        awaitEmail("admin-new-premium:" + row.getStripeSubscriptionId());
        assertThat(outbox.findAll().stream()
                        .filter(e -> e.getDedupKey().startsWith("upgrade-confirmed:")
                                && Long.valueOf(ann).equals(e.getMemberId()))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void the_declined_card_is_refused_next_to_the_card_field_and_the_member_stays_free() {
        long bob = signedInMember("Bob");
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        String session = url.substring(url.indexOf("session=") + 8);

        assertThatThrownBy(() -> checkout.paySimulated(session, "4000 0000 0000 0002"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get("cardNumber")).contains("declined"));
        assertThat(access.tierFor(bob)).isEqualTo(Tier.FREE);
    }

    @Test
    void a_double_click_on_choose_makes_one_checkout_and_a_subscriber_cannot_start_a_second() {
        long cat = signedInMember("Cat");

        String first = checkout.start(Tier.PREMIUM_PLUS, Period.YEARLY);
        String second = checkout.start(Tier.PREMIUM_PLUS, Period.YEARLY);
        assertThat(second).isEqualTo(first);

        checkout.paySimulated(first.substring(first.indexOf("session=") + 8), "4242424242424242");
        eventuallyTier(cat, Tier.PREMIUM_PLUS);
        assertThatThrownBy(() -> checkout.start(Tier.PREMIUM, Period.MONTHLY))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_cancelled_member_keeps_premium_until_the_period_ends_and_can_keep_the_subscription() {
        long dee = signedInMember("Dee");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(dee, Tier.PREMIUM);
        String sub = row(dee).getStripeSubscriptionId();

        billing.cancelAtPeriodEnd();
        eventually(() -> row(dee).isCancelAtPeriodEnd(), b -> b);
        assertThat(access.tierFor(dee)).isEqualTo(Tier.PREMIUM);
        assertThat(billing.overview().accessUntil()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(access.tierAt(dee, START.plus(Duration.ofDays(7)).plusSeconds(1)))
                .isEqualTo(Tier.FREE);

        billing.keepSubscription();
        eventually(() -> row(dee).isCancelAtPeriodEnd(), b -> !b);
        assertThat(access.tierAt(dee, START.plus(Duration.ofDays(8)))).isEqualTo(Tier.PREMIUM);
        eventually(
                () -> outbox.findAll().stream()
                        .filter(e -> e.getDedupKey().startsWith("cancel-scheduled:" + sub)
                                || e.getDedupKey().startsWith("resumed:" + sub))
                        .count(),
                n -> n == 2);
    }

    @Test
    void a_failed_renewal_makes_the_member_past_due_with_seven_days_of_premium_and_an_email() {
        long eve = signedInMember("Eve");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(eve, Tier.PREMIUM);
        clock.advance(Duration.ofDays(7));

        billing.simulateFailedRenewal();
        billing.simulateRenewal();

        eventually(() -> row(eve).getStatus(), s -> s == SubscriptionStatus.PAST_DUE);
        assertThat(billing.pastDueUntil()).contains(clock.instant().plus(Duration.ofDays(7)));
        assertThat(eventually(
                                () -> outbox.findAll().stream()
                                        .filter(e -> e.getDedupKey()
                                                .startsWith("payment-failed:" + row(eve).getStripeSubscriptionId()))
                                        .toList(),
                                l -> l.size() == 1)
                        .getFirst()
                        .getTextBody())
                .contains("£9.99");
        clock.advance(Duration.ofDays(6));
        assertThat(access.tierFor(eve)).isEqualTo(Tier.PREMIUM);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(access.tierFor(eve)).isEqualTo(Tier.FREE);

        billing.simulateRenewal();
        eventuallyTier(eve, Tier.PREMIUM);
        assertThat(row(eve).getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void a_renewal_after_cancelling_ends_the_subscription_and_premium_with_one_email() {
        long fay = signedInMember("Fay");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(fay, Tier.PREMIUM);
        billing.cancelAtPeriodEnd();
        eventually(() -> row(fay).isCancelAtPeriodEnd(), b -> b);

        clock.advance(Duration.ofDays(7));
        billing.simulateRenewal();

        eventually(() -> row(fay).getStatus(), s -> s == SubscriptionStatus.CANCELED);
        assertThat(access.tierFor(fay)).isEqualTo(Tier.FREE);
        awaitEmail("ended:" + row(fay).getStripeSubscriptionId());
    }
}
