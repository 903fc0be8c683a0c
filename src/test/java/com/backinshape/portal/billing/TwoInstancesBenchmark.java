package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one embedded PostgreSQL (as {@link TwoInstancesTest} starts them), driven at once by signed-in
 * members browsing over plain HTTP (sign in through the form, then page requests, each member from its own address as a
 * reverse proxy would name it; no browser, so Vaadin's client round trips are not part of it) and a burst of signed
 * webhooks spread over both instances, some delivered to both. Reports throughput and errors; runs only with
 * {@code ./mvnw -Pbenchmark test -Dtest=TwoInstancesBenchmark} (figures in docs/benchmarks.md). Sizes:
 * {@code two.members} (40), {@code two.pages} per member (10), {@code two.webhooks} (400, 30% also sent to the other
 * instance).
 */
@Tag("benchmark")
class TwoInstancesBenchmark {

    static final int MEMBERS = Integer.getInteger("two.members", 40);
    static final int PAGES = Integer.getInteger("two.pages", 10);
    static final int WEBHOOKS = Integer.getInteger("two.webhooks", 400);
    static final List<String> BROWSED = List.of("/", "/pricing", "/billing", "/terms");

    @BeforeAll
    static void start() throws Exception {
        TwoInstancesTest.startTwoInstances();
    }

    @AfterAll
    static void stop() throws Exception {
        TwoInstancesTest.stop();
    }

    @Test
    void members_browsing_and_a_webhook_burst_on_two_instances() throws Exception {
        JsonObject nobodys = StripeFixtures.load("subscription");
        nobodys.addProperty("customer", "cus_bench_nobody");
        nobodys.add("metadata", new JsonObject());
        TwoInstancesTest.stripe.stubFor(get(urlPathMatching("/v1/subscriptions/.*"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(nobodys.toString())));
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            long id = TwoInstancesTest.member("bench" + i);
            emails.add("bench" + i + "." + id + "@example.com");
        }
        AtomicInteger pageErrors = new AtomicInteger();
        AtomicInteger pagesServed = new AtomicInteger();
        AtomicInteger webhookErrors = new AtomicInteger();
        AtomicInteger webhooksSent = new AtomicInteger();
        ExecutorService browsers = Executors.newFixedThreadPool(16);
        ExecutorService stripe = Executors.newFixedThreadPool(16);
        String runId = Long.toString(System.nanoTime(), 36);
        long began = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String email = emails.get(i);
            int port = port(i % 2 == 0 ? TwoInstancesTest.a : TwoInstancesTest.b);
            String address = "10.1." + (i / 250) + "." + (i % 250 + 1);
            work.add(browsers.submit(() -> browse(port, email, address, pageErrors, pagesServed)));
        }
        long webhooksBegan = System.nanoTime();
        List<Future<?>> deliveries = new ArrayList<>();
        for (int i = 0; i < WEBHOOKS; i++) {
            Instant now = Instant.now();
            JsonObject subscription = nobodys.deepCopy();
            subscription.addProperty("id", "sub_bench_" + runId + "_" + i);
            String payload = StripeFixtures.event(
                            "evt_bench_" + runId + "_" + i, "customer.subscription.updated", now, subscription, null)
                    .toString();
            String signature = StripeFixtures.sign(payload, TwoInstancesTest.WEBHOOK_SECRET, now);
            ConfigurableApplicationContext first = i % 2 == 0 ? TwoInstancesTest.a : TwoInstancesTest.b;
            ConfigurableApplicationContext other = i % 2 == 0 ? TwoInstancesTest.b : TwoInstancesTest.a;
            deliveries.add(stripe.submit(() -> send(first, payload, signature, webhookErrors, webhooksSent)));
            if (i % 10 < 3) {
                deliveries.add(stripe.submit(() -> send(other, payload, signature, webhookErrors, webhooksSent)));
            }
        }
        for (Future<?> f : deliveries) {
            f.get();
        }
        double answered = seconds(webhooksBegan);
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TwoInstancesTest.count(
                                "select count(*) from billing_stripe_event where event_id like ? and status <> 'RECEIVED'",
                                "evt_bench_" + runId + "_%")
                        >= WEBHOOKS);
        double processed = seconds(webhooksBegan);
        for (Future<?> f : work) {
            f.get();
        }
        double browsing = seconds(began);
        browsers.shutdown();
        stripe.shutdown();
        long recorded = TwoInstancesTest.count(
                "select count(*) from billing_stripe_event where event_id like ?", "evt_bench_" + runId + "_%");
        long failed = TwoInstancesTest.count(
                "select count(*) from billing_stripe_event where event_id like ? and status = 'FAILED'",
                "evt_bench_" + runId + "_%");

        System.out.printf(
                """
                TWO INSTANCES (%d cores, Java %s)
                members browsing: %d signed in, %d pages served in %.1f s = %.1f pages/s, errors %d
                webhooks: %d requests (%d events, 30%% to both) answered in %.1f s = %.1f/s, errors %d;
                          all processed after %.1f s = %.1f events/s; recorded %d, failed %d
                """,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                MEMBERS,
                pagesServed.get(),
                browsing,
                pagesServed.get() / browsing,
                pageErrors.get(),
                webhooksSent.get(),
                WEBHOOKS,
                answered,
                webhooksSent.get() / answered,
                webhookErrors.get(),
                processed,
                WEBHOOKS / processed,
                recorded,
                failed);
        assertThat(pageErrors.get()).as("page errors").isZero();
        assertThat(webhookErrors.get()).as("webhook errors").isZero();
        assertThat(recorded).isEqualTo(WEBHOOKS);
        assertThat(failed).isZero();
    }

    /** One member behind the reverse proxy (which names the member's {@code address}): signs in, then browses. */
    private static void browse(int port, String email, String address, AtomicInteger errors, AtomicInteger served) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String base = "http://127.0.0.1:" + port;
        try {
            String login = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/login"))
                                    .header("X-Forwarded-For", address)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TwoInstancesTest.PASSWORD, StandardCharsets.UTF_8)
                    + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
            HttpResponse<Void> signIn = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("X-Forwarded-For", address)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String to = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || to.contains("error")) {
                errors.incrementAndGet();
                System.out.println("sign-in failed for " + email + ": " + signIn.statusCode() + " " + to);
                return;
            }
            for (int p = 0; p < PAGES; p++) {
                String path = BROWSED.get(p % BROWSED.size());
                HttpResponse<Void> page = client.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("X-Forwarded-For", address)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    served.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                    System.out.println(path + " answered " + page.statusCode() + " "
                            + page.headers().firstValue("Location").orElse(""));
                }
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            System.out.println("browsing failed: " + e);
        }
    }

    private static void send(
            ConfigurableApplicationContext instance,
            String payload,
            String signature,
            AtomicInteger errors,
            AtomicInteger sent) {
        sent.incrementAndGet();
        try {
            if (TwoInstancesTest.postWebhook(instance, payload, signature) != 200) {
                errors.incrementAndGet();
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        }
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
