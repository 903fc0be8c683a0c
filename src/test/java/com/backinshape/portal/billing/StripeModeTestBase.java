package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.backinshape.portal.billing.gateway.StripeGateway;
import com.backinshape.portal.billing.gateway.WebhookSecret;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Stripe mode inside the shared test context: a StripeGateway built by hand against WireMock (serving Stripe's object
 * shapes) is put in place of the simulated one, and webhooks signed with the webhook secret are posted to
 * {@code /stripe/webhook} through Spring Security.
 */
abstract class StripeModeTestBase extends BillingTestBase {

    static final WireMockServer STRIPE =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final AtomicInteger IDS = new AtomicInteger();

    static {
        STRIPE.start();
        Runtime.getRuntime().addShutdownHook(new Thread(STRIPE::stop));
    }

    @Autowired
    WebApplicationContext context;

    @Autowired
    WebhookSecret webhookSecret;

    MockMvc mvc;

    @BeforeEach
    void useStripe() {
        WireMock.configureFor("localhost", STRIPE.port());
        STRIPE.resetAll();
        gateways.use(new StripeGateway("sk_test_portal", "http://localhost:" + STRIPE.port()));
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void useSimulatedAgain() {
        gateways.reset();
    }

    static String uniqueId(String prefix) {
        return prefix + "_" + System.nanoTime() + IDS.incrementAndGet();
    }

    /** Stripe's answer for GET /v1/subscriptions/{id} from now on. */
    static void stripeSays(JsonObject subscription) {
        stubFor(get("/v1/subscriptions/" + subscription.get("id").getAsString())
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(subscription.toString())));
    }

    MvcResult postWebhook(String payload, String signature) throws Exception {
        return mvc.perform(post("/stripe/webhook")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Stripe-Signature", signature)
                        .content(payload))
                .andReturn();
    }

    /** Posts the event signed now with the webhook secret; answers the HTTP status. */
    int deliver(JsonObject event) throws Exception {
        String payload = event.toString();
        return postWebhook(payload, StripeFixtures.sign(payload, webhookSecret.value(), clock.instant()))
                .getResponse()
                .getStatus();
    }

    long processed(String eventId) {
        return eventually(
                () -> stripeEvents
                                .findByEventId(eventId)
                                .filter(r -> r.isDone())
                                .isPresent()
                        ? 1L
                        : 0L,
                n -> n == 1L);
    }

    static Instant seconds(Instant i) {
        return Instant.ofEpochSecond(i.getEpochSecond());
    }
}
