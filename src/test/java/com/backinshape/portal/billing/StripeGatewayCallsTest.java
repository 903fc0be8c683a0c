package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every Stripe call the portal makes, against WireMock serving Stripe's object shapes. */
class StripeGatewayCallsTest extends StripeModeTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    ComplimentaryPremium complimentary;

    static void answer(com.github.tomakehurst.wiremock.client.MappingBuilder request, JsonObject body) {
        stubFor(request.willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(body.toString())));
    }

    @Test
    void
            checkout_creates_the_customer_once_and_a_subscription_session_with_trial_promotion_codes_and_an_idempotency_key() {
        long ann = signedInMember("Ann");
        JsonObject customer = StripeFixtures.load("customer");
        customer.addProperty("id", "cus_ann" + ann);
        answer(post("/v1/customers"), customer);
        String sessionId = uniqueId("cs_test");
        answer(
                post("/v1/checkout/sessions"),
                StripeFixtures.checkoutSession(sessionId, "cus_ann" + ann, ann, "open", null));
        answer(
                get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId)),
                StripeFixtures.checkoutSession(sessionId, "cus_ann" + ann, ann, "open", null));

        String url = checkout.start(Tier.PREMIUM, Period.YEARLY);
        String again = checkout.start(Tier.PREMIUM, Period.YEARLY);

        assertThat(url)
                .isEqualTo("https://checkout.stripe.com/c/pay/" + sessionId)
                .isEqualTo(again);
        verify(
                1,
                postRequestedFor(urlEqualTo("/v1/customers"))
                        .withHeader("Idempotency-Key", equalTo("customer-" + ann)));
        verify(
                1,
                postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                        .withHeader("Idempotency-Key", containing("checkout-" + ann + "-0-price_sim_premium_yearly"))
                        .withRequestBody(containing("mode=subscription"))
                        .withRequestBody(containing("client_reference_id=" + ann))
                        .withRequestBody(containing("allow_promotion_codes=true"))
                        .withRequestBody(containing("subscription_data[trial_period_days]=7"))
                        .withRequestBody(containing("customer=cus_ann" + ann)));
    }

    @Test
    void a_late_webhook_is_overtaken_by_the_return_page_asking_stripe_and_both_converge() throws Exception {
        long bob = signedInMember("Bob");
        String sub = uniqueId("sub");
        String sessionId = uniqueId("cs_test");
        answer(
                get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId)),
                StripeFixtures.checkoutSession(sessionId, "cus_bob" + bob, bob, "complete", sub));
        JsonObject subscription = StripeFixtures.subscription(
                sub,
                "cus_bob" + bob,
                bob,
                "trialing",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(7)));
        stripeSays(subscription);

        assertThat(checkout.progress(sessionId, false).confirmed()).isFalse();
        assertThat(checkout.progress(sessionId, true).confirmed()).isTrue();

        JsonObject event = StripeFixtures.event(
                uniqueId("evt"),
                "checkout.session.completed",
                START.minusSeconds(5),
                StripeFixtures.checkoutSession(sessionId, "cus_bob" + bob, bob, "complete", sub),
                null);
        deliver(event);
        processed(event.get("id").getAsString());
        assertThat(access.tierFor(bob)).isEqualTo(Tier.PREMIUM);
        assertThat(row(bob).getStripeSubscriptionId()).isEqualTo(sub);
        awaitEmail("upgrade-confirmed:" + sub);
    }

    @Test
    void cancel_undo_switch_portal_refund_and_cancel_now_are_sent_to_stripe() throws Exception {
        long cat = signedInMember("Cat");
        String sub = uniqueId("sub");
        JsonObject subscription = StripeFixtures.subscription(
                sub,
                "cus_cat" + cat,
                cat,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(subscription);
        String created = uniqueId("evt");
        deliver(StripeFixtures.event(created, "customer.subscription.created", START, subscription, null));
        processed(created);
        com.backinshape.portal.account.Members.signIn(members, tx, cat);
        answer(post("/v1/subscriptions/" + sub), subscription);
        JsonObject preview = StripeFixtures.load("invoice");
        preview.addProperty("amount_due", 1500);
        answer(post("/v1/invoices/create_preview"), preview);
        JsonObject portal = StripeFixtures.load("billing_portal_session");
        portal.addProperty("url", "https://billing.stripe.com/p/session/test_123");
        answer(post("/v1/billing_portal/sessions"), portal);
        JsonObject payment = StripeFixtures.load("invoice_payment");
        payment.addProperty("status", "paid");
        payment.getAsJsonObject("payment").addProperty("payment_intent", "pi_123");
        answer(get(urlPathEqualTo("/v1/invoice_payments")), StripeFixtures.list(payment));
        answer(post("/v1/refunds"), StripeFixtures.load("refund"));
        answer(delete("/v1/subscriptions/" + sub), subscription);

        billing.cancelAtPeriodEnd();
        billing.keepSubscription();
        assertThat(billing.previewSwitch(Tier.PREMIUM_PLUS, Period.MONTHLY)).isEqualTo(Money.gbp(1500));
        billing.switchPlan(Tier.PREMIUM_PLUS, Period.MONTHLY);
        assertThat(billing.customerPortalUrl()).contains("https://billing.stripe.com/p/session/test_123");
        gateways.current().refundLatestPayment(sub);
        gateways.current().cancelNow(sub);

        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))
                .withRequestBody(equalTo("cancel_at_period_end=true")));
        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))
                .withRequestBody(equalTo("cancel_at_period_end=false")));
        verify(postRequestedFor(urlEqualTo("/v1/invoices/create_preview"))
                .withRequestBody(containing("subscription=" + sub))
                .withRequestBody(containing("price_sim_premium_plus_monthly")));
        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))
                .withRequestBody(containing("price_sim_premium_plus_monthly")));
        verify(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
                .withRequestBody(containing("customer=cus_cat" + cat)));
        verify(postRequestedFor(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=pi_123")));
        verify(deleteRequestedFor(urlEqualTo("/v1/subscriptions/" + sub)));
    }

    @Test
    void a_complimentary_grant_pauses_collection_or_moves_the_renewal_at_stripe() throws Exception {
        long dee = signedInMember("Dee");
        String sub = uniqueId("sub");
        JsonObject subscription = StripeFixtures.subscription(
                sub,
                "cus_dee" + dee,
                dee,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(subscription);
        String created = uniqueId("evt");
        deliver(StripeFixtures.event(created, "customer.subscription.created", START, subscription, null));
        processed(created);
        answer(post("/v1/subscriptions/" + sub), subscription);
        long admin = members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId();
        com.backinshape.portal.account.Members.signIn(members, tx, admin);
        java.time.Instant grantEnd = START.plus(Duration.ofDays(31));

        var paused = complimentary.grant(dee, Tier.PREMIUM, grantEnd, "Clinic patient", PaymentsDuringGrant.PAUSE);
        complimentary.revoke(paused.id());
        complimentary.grant(dee, Tier.PREMIUM, grantEnd, "Clinic patient", PaymentsDuringGrant.MOVE_RENEWAL);

        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))
                .withRequestBody(containing("pause_collection[behavior]=void"))
                .withRequestBody(containing("pause_collection[resumes_at]=" + grantEnd.getEpochSecond())));
        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub)).withRequestBody(equalTo("pause_collection=")));
        verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + sub))
                .withRequestBody(containing(
                        "trial_end=" + START.plus(Duration.ofDays(30 + 31)).getEpochSecond()))
                .withRequestBody(containing("proration_behavior=none")));
    }

    @Test
    void before_redirecting_to_stripe_the_member_sees_plan_price_period_trial_end_and_first_charge() {
        signedInMember("Eve");

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("checkout/start", com.vaadin.flow.router.QueryParameters.of("plan", "premium-plus-yearly"));
        assertThat(getCurrentView()).isInstanceOf(com.backinshape.portal.billing.ui.CheckoutStartView.class);

        String summary = $(com.vaadin.flow.component.html.DescriptionList.class)
                .id("checkout-summary")
                .getElement()
                .getTextRecursively();
        assertThat(summary)
                .contains("PlanPremium Plus, yearly")
                .contains("Price£239 a year")
                .contains("Free trial until3 December 2026")
                .contains("First payment£239 on 3 December 2026");
        assertThat($(com.vaadin.flow.component.button.Button.class)
                        .id("continue-to-payment")
                        .getText())
                .isEqualTo("Continue to payment");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("checkout/start", com.vaadin.flow.router.QueryParameters.of("plan", "gold-forever"));
        assertThat(getCurrentView()).isInstanceOf(com.backinshape.portal.billing.ui.PricingView.class);
    }
}
