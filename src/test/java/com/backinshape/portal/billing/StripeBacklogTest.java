package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backlog of Stripe events (a price change touching many subscribers, or Stripe redelivering after an outage) while
 * Stripe's API is slow: the events wait their turn on billing's own two threads, and a member who signs up meanwhile
 * gets the email to confirm the address at once, not after the backlog.
 */
class StripeBacklogTest extends StripeModeTestBase {

    private static final int EVENTS = 10;
    private static final int STRIPE_DELAY_MS = 2_000;

    @Test
    void a_new_members_email_does_not_wait_behind_a_backlog_of_stripe_events() throws Exception {
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String sub = uniqueId("sub_backlog");
            JsonObject subscription = StripeFixtures.subscription(
                    sub,
                    "cus_backlog_nobody",
                    0,
                    "active",
                    "price_sim_premium_monthly",
                    999,
                    START,
                    START.plus(Duration.ofDays(30)));
            subscription.add("metadata", new JsonObject());
            stubFor(get("/v1/subscriptions/" + sub)
                    .willReturn(aResponse()
                            .withFixedDelay(STRIPE_DELAY_MS)
                            .withHeader("Content-Type", "application/json")
                            .withBody(subscription.toString())));
            String eventId = uniqueId("evt_backlog");
            eventIds.add(eventId);
            assertThat(deliver(StripeFixtures.event(
                            eventId, "customer.subscription.updated", clock.instant(), subscription, null)))
                    .isEqualTo(200);
        }

        String email = Members.uniqueEmail("during-backlog");
        signup.signUp(Members.request("Backlog", email), "203.0.113.77");
        eventually(
                () -> outbox.findAll().stream().anyMatch(e -> e.getToAddress().equals(email)), written -> written);
        long doneWhenTheEmailWasWritten = eventIds.stream()
                .filter(id -> stripeEvents
                        .findByEventId(id)
                        .map(StripeEventRecord::isDone)
                        .orElse(false))
                .count();
        assertThat(doneWhenTheEmailWasWritten)
                .as("Stripe events already processed when the new member's email was written")
                .isLessThan(EVENTS / 2);

        // the backlog itself: every event processed, each asking Stripe once
        eventIds.forEach(this::processed);
        verify(EVENTS, getRequestedFor(urlPathMatching("/v1/subscriptions/sub_backlog_.*")));
    }
}
