package com.backinshape.floor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.backinshape.floor.Apps.App;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed {@code customer.subscription.updated} events posted to {@code /stripe/webhook}, 30% of them twice, shuffled,
 * 16 at a time; then waits until the portal has processed every one and checks, in its database, that each was recorded
 * once and processed once (one completed publication each).
 */
final class WebhookIngest {

    static final String SECRET = "whsec_floor_benchmark";
    static final int CONCURRENCY = 16;
    static final int WARM_UP = 200;

    record Result(
            int unique,
            int repeats,
            double answeredSeconds,
            double processedSeconds,
            int errors,
            List<String> problems) {
        int requests() {
            return unique + repeats;
        }

        double ingestPerSecond() {
            return requests() / answeredSeconds;
        }

        double processedPerSecond() {
            return unique / processedSeconds;
        }
    }

    private WebhookIngest() {}

    /** Stripe's API on loopback: every subscription asked for answers as Stripe's example subscription of no member. */
    static final class StripeStub implements AutoCloseable {
        private final WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(CONCURRENCY + 8));

        StripeStub() throws Exception {
            server.start();
            JsonObject subscription;
            try (InputStream in = WebhookIngest.class.getResourceAsStream("/stripe/subscription.json")) {
                subscription = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .getAsJsonObject();
            }
            subscription.addProperty("customer", "cus_floor_nobody");
            subscription.add("metadata", new JsonObject());
            server.stubFor(get(urlPathMatching("/v1/subscriptions/.*"))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "application/json")
                            .withBody(subscription.toString())));
        }

        String base() {
            return "http://localhost:" + server.port();
        }

        /** How many times the portal asked for a subscription. */
        int subscriptionReads() {
            return server.countRequestsMatching(getRequestedFor(urlPathMatching("/v1/subscriptions/.*"))
                            .build())
                    .getCount();
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    static Result run(App app, StripeStub stripe, int unique) throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        deliver(app, events("evt_floorwarm_" + run, WARM_UP), new AtomicInteger());
        awaitProcessed(app, WARM_UP, Duration.ofMinutes(3));

        List<String> events = events("evt_floor_" + run, unique);
        Random random = new Random(42);
        List<String> burst = new ArrayList<>(events);
        int repeats = unique * 3 / 10;
        for (int i = 0; i < repeats; i++) {
            burst.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(burst, random);
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        deliver(app, burst, errors);
        double answered = (System.nanoTime() - start) / 1e9;
        List<String> problems = new ArrayList<>();
        if (!awaitProcessed(app, WARM_UP + unique, Duration.ofMinutes(5))) {
            problems.add("not all processed within 5 minutes");
        }
        double processed = (System.nanoTime() - start) / 1e9;
        problems.addAll(check(app, WARM_UP + unique, repeats));
        if (stripe.subscriptionReads() != WARM_UP + unique) {
            problems.add("subscription read from Stripe " + stripe.subscriptionReads() + " times for "
                    + (WARM_UP + unique) + " events");
        }
        if (errors.get() > 0) {
            problems.add(errors.get() + " requests not answered 200");
        }
        return new Result(unique, repeats, answered, processed, errors.get(), problems);
    }

    private static List<String> events(String prefix, int count) {
        long now = System.currentTimeMillis() / 1000;
        List<String> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add("""
                    {"id":"%s_%d","object":"event","api_version":"2026-07-29.dahlia","created":%d,"livemode":false,\
                    "pending_webhooks":1,"request":{"id":null,"idempotency_key":null},"type":"customer.subscription.updated",\
                    "data":{"object":{"id":"sub_floor_%d","object":"subscription","customer":"cus_floor_nobody",\
                    "status":"active","cancel_at_period_end":false,"metadata":{}},"previous_attributes":{"status":"trialing"}}}""".formatted(prefix, i, now, i));
        }
        return events;
    }

    private static void deliver(App app, List<String> payloads, AtomicInteger errors) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var queue = new ConcurrentLinkedQueue<>(payloads);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        URI uri = URI.create(app.url("/stripe/webhook"));
        for (int t = 0; t < CONCURRENCY; t++) {
            pool.submit(() -> {
                String payload;
                while ((payload = queue.poll()) != null) {
                    try {
                        var response = http.send(
                                HttpRequest.newBuilder(uri)
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Content-Type", "application/json")
                                        .header("Stripe-Signature", sign(payload, System.currentTimeMillis() / 1000))
                                        .POST(HttpRequest.BodyPublishers.ofString(payload))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("webhook delivery did not finish in 10 minutes");
        }
    }

    /** Stripe's scheme: {@code t=<seconds>,v1=HMAC-SHA256(secret, t + "." + payload)}. */
    static String sign(String payload, long epochSeconds) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal((epochSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
        return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(digest);
    }

    private static boolean awaitProcessed(App app, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = app.jdbc();
                    var s = c.createStatement();
                    var rs = s.executeQuery(
                            "select count(*) from billing_stripe_event where status in ('PROCESSED', 'FAILED')")) {
                rs.next();
                if (rs.getInt(1) >= expected) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * Each event one row, processed, its repeats counted; no publication to the processor left incomplete (completed
     * ones are deleted: {@code spring.modulith.events.completion-mode=delete}).
     */
    private static List<String> check(App app, int expected, int repeats) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection c = app.jdbc();
                var s = c.createStatement()) {
            try (var rs = s.executeQuery(
                    "select count(*), count(distinct event_id), "
                            + "sum(case when status = 'PROCESSED' then 1 else 0 end), sum(repeats) from billing_stripe_event")) {
                rs.next();
                if (rs.getInt(1) != expected || rs.getInt(2) != expected || rs.getInt(3) != expected) {
                    problems.add("events recorded " + rs.getInt(1) + ", distinct " + rs.getInt(2) + ", processed "
                            + rs.getInt(3) + " of " + expected);
                }
                if (rs.getInt(4) != repeats) {
                    problems.add("repeats counted " + rs.getInt(4) + " of " + repeats);
                }
            }
            // the publication completes just after the processor's transaction: allow it a moment
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int outstanding = -1;
            while (System.nanoTime() < deadline) {
                try (var rs = s.executeQuery("select count(*) from event_publication "
                        + "where event_type like '%StripeEventReceived' and completion_date is null")) {
                    rs.next();
                    outstanding = rs.getInt(1);
                }
                if (outstanding == 0) {
                    break;
                }
                Thread.sleep(100);
            }
            if (outstanding != 0) {
                problems.add(outstanding + " publications to the processor not completed");
            }
        }
        return problems;
    }
}
