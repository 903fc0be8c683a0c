package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import com.google.gson.JsonObject;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stripe answering after 5 seconds: 20 members acting at once (10 cancelling, 10 starting a checkout) wait for Stripe
 * without holding a database connection, so the pool (10 connections in this context) is never exhausted and another
 * member's billing page answers at once meanwhile.
 */
class SlowStripeTest extends StripeModeTestBase {

    private static final int STRIPE_DELAY_MS = 5_000;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void twenty_members_waiting_for_a_slow_stripe_leave_the_pool_free_for_other_pages() throws Exception {
        int poolSize = dataSource.getMaximumPoolSize();
        assertThat(poolSize).as("the test needs more members than connections").isLessThan(20);
        List<Callable<String>> actions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long member = signedInMember("Slowcancel");
            String sub = uniqueId("sub");
            tx.executeWithoutResult(s -> {
                var row = new MemberSubscription(member, START);
                row.apply(
                        new Facts(
                                sub,
                                "cus_" + member,
                                SubscriptionStatus.ACTIVE,
                                Tier.PREMIUM,
                                Period.MONTHLY,
                                false,
                                START,
                                START.plus(Duration.ofDays(30)),
                                null,
                                null,
                                999L,
                                "GBP"),
                        START,
                        START);
                subscriptions.save(row);
            });
            JsonObject subscription = StripeFixtures.subscription(
                    sub,
                    "cus_" + member,
                    member,
                    "active",
                    "price_sim_premium_monthly",
                    999,
                    START,
                    START.plus(Duration.ofDays(30)));
            stubFor(post("/v1/subscriptions/" + sub)
                    .willReturn(aResponse()
                            .withFixedDelay(STRIPE_DELAY_MS)
                            .withHeader("Content-Type", "application/json")
                            .withBody(subscription.toString())));
            actions.add(as(() -> {
                billing.cancelAtPeriodEnd();
                return "cancelled";
            }));
        }
        for (int i = 0; i < 10; i++) {
            long member = signedInMember("Slowcheckout");
            JsonObject customer = StripeFixtures.load("customer");
            customer.addProperty("id", "cus_slow" + member);
            stubFor(post("/v1/customers")
                    .withHeader("Idempotency-Key", equalTo("customer-" + member))
                    .willReturn(aResponse()
                            .withFixedDelay(STRIPE_DELAY_MS)
                            .withHeader("Content-Type", "application/json")
                            .withBody(customer.toString())));
            stubFor(post("/v1/checkout/sessions")
                    .withHeader("Idempotency-Key", containing("checkout-" + member + "-"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(StripeFixtures.checkoutSession(
                                            uniqueId("cs_test"), "cus_slow" + member, member, "open", null)
                                    .toString())));
            actions.add(as(() -> checkout.start(Tier.PREMIUM, Period.MONTHLY)));
        }
        long bystander = signedInMember("Bystander");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = actions.stream().map(pool::submit).toList();
            // 1.5 s in, all 20 are waiting for Stripe (the first answer is 3.5 s away): none holds or awaits a
            // connection
            Thread.sleep(1_500);
            var connections = dataSource.getHikariPoolMXBean();
            assertThat(connections.getThreadsAwaitingConnection())
                    .as("threads waiting for a connection")
                    .isZero();
            assertThat(connections.getActiveConnections())
                    .as("connections in use")
                    .isLessThan(poolSize);

            long pageStart = System.nanoTime();
            BillingService.Overview page = billing.overview();
            Duration pageTook = Duration.ofNanos(System.nanoTime() - pageStart);
            assertThat(page.access()).isEqualTo(Tier.FREE);
            assertThat(access.tierFor(bystander)).isEqualTo(Tier.FREE);
            assertThat(pageTook)
                    .as("the billing page while 20 members wait for Stripe")
                    .isLessThan(Duration.ofSeconds(1));

            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isNotBlank();
            }
        } finally {
            pool.shutdownNow();
        }
        verify(10, postRequestedFor(urlPathMatching("/v1/subscriptions/sub_.*")));
        verify(10, postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
    }

    /** The action as the member signed in now, in whichever thread runs it. */
    private static <T> Callable<T> as(Callable<T> action) {
        Authentication member = SecurityContextHolder.getContext().getAuthentication();
        return () -> {
            SecurityContextHolder.getContext().setAuthentication(member);
            try {
                return action.call();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
