package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.admin.MemberAdmin;
import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In Stripe mode, erasing a paying member cancels the subscription and then deletes the customer at Stripe. */
class StripeCustomerErasureTest extends StripeModeTestBase {

    @Autowired
    MemberAdmin memberAdmin;

    @Test
    void erasure_cancels_the_subscription_and_deletes_the_customer_at_stripe() {
        long dan = signedInMember("Dan");
        String sub = uniqueId("sub");
        String customer = "cus_dan" + dan;
        String sessionId = uniqueId("cs_test");
        StripeGatewayCallsTest.answer(
                get(urlPathEqualTo("/v1/checkout/sessions/" + sessionId)),
                StripeFixtures.checkoutSession(sessionId, customer, dan, "complete", sub));
        JsonObject subscription = StripeFixtures.subscription(
                sub, customer, dan, "active", "price_sim_premium_monthly", 999, START, START.plus(Duration.ofDays(30)));
        stripeSays(subscription);
        assertThat(checkout.progress(sessionId, true).confirmed()).isTrue();
        StripeGatewayCallsTest.answer(delete("/v1/subscriptions/" + sub), subscription);
        stubFor(delete("/v1/customers/" + customer)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + customer + "\",\"object\":\"customer\",\"deleted\":true}")));

        Members.signIn(
                members,
                tx,
                members.findByEmailKey("admin@test.local").orElseThrow().requireId());
        memberAdmin.erase(dan, "Member asked for erasure");

        verify(1, deleteRequestedFor(urlEqualTo("/v1/subscriptions/" + sub)));
        verify(1, deleteRequestedFor(urlEqualTo("/v1/customers/" + customer)));
    }
}
