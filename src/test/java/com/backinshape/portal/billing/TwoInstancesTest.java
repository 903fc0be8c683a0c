package com.backinshape.portal.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.backinshape.portal.Application;
import com.backinshape.portal.account.PasswordService;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.gson.JsonObject;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two instances of the portal (two application runs on random ports, nothing shared but one embedded PostgreSQL, the
 * mail server and Stripe) behave as one: a webhook delivered to both at once is applied once and emailed once, each
 * email is sent once, a scheduled job runs once, a password reset on one signs the member out on the other, and an
 * email left claimed by an instance that stopped is sent by the other. Both instances run their schedulers (the outbox
 * every half second).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    static final String WEBHOOK_SECRET = "whsec_two_instances";
    static final String PASSWORD = "two-instances-password";

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    static WireMockServer stripe;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient jdbc;
    private static String PASSWORD_HASH;
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        stripe.start();
        a = instance("a");
        b = instance("b");
        jdbc = a.getBean(JdbcClient.class);
        PASSWORD_HASH = a.getBean(PasswordEncoder.class).encode(PASSWORD);
    }

    private static ConfigurableApplicationContext instance(String name) {
        // command-line arguments: they win over application.properties (default properties would not)
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        // the benchmark stands in for the reverse proxy: each member's own address in X-Forwarded-For
                        "--APP_TRUSTED_PROXIES=127.0.0.1/32,::1/128",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--spring.datasource.hikari.connection-init-sql=SET lock_timeout = '5s'; SET statement_timeout = '30s'",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--app.mail.send-every=PT0.5S",
                        "--app.admin.email=admin@test.local",
                        "--app.admin.password=admin-password-for-tests",
                        "--app.security.bcrypt-cost=10",
                        "--billing.stripe.secret-key=sk_test_two_instances",
                        "--billing.stripe.webhook-secret=" + WEBHOOK_SECRET,
                        "--billing.stripe.api-base=http://localhost:" + stripe.port(),
                        "--billing.prices.premium-monthly.stripe-price-id=price_sim_premium_monthly",
                        "--billing.prices.premium-yearly.stripe-price-id=price_sim_premium_yearly",
                        "--billing.prices.premium-plus-monthly.stripe-price-id=price_sim_premium_plus_monthly",
                        "--billing.prices.premium-plus-yearly.stripe-price-id=price_sim_premium_plus_yearly",
                        "--spring.lifecycle.timeout-per-shutdown-phase=5s",
                        "--spring.jmx.enabled=false",
                        "--spring.application.name=portal-" + name);
    }

    @AfterAll
    static void stop() throws Exception {
        for (var context : Arrays.asList(a, b)) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
        if (stripe != null) {
            stripe.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void the_same_signed_webhook_delivered_to_both_at_once_makes_one_change_and_one_email() throws Exception {
        long member = member("wendy");
        String sub = "sub_two_" + member;
        Instant now = Instant.now();
        JsonObject subscription = StripeFixtures.subscription(
                sub,
                "cus_two_" + member,
                member,
                "active",
                "price_sim_premium_monthly",
                999,
                now,
                now.plus(Duration.ofDays(30)));
        stripe.stubFor(get("/v1/subscriptions/" + sub)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(subscription.toString())));
        String eventId = "evt_two_" + member;
        String payload = StripeFixtures.event(eventId, "customer.subscription.created", now, subscription, null)
                .toString();
        String signature = StripeFixtures.sign(payload, WEBHOOK_SECRET, now);

        var toA = CompletableFuture.supplyAsync(() -> postWebhook(a, payload, signature));
        var toB = CompletableFuture.supplyAsync(() -> postWebhook(b, payload, signature));

        assertThat(List.of(toA.get(), toB.get())).containsOnly(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> received("wendy." + member).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> received("wendy." + member).size() == 1);
        assertThat(count("select count(*) from billing_stripe_event where event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from billing_stripe_event where event_id = ? and status = 'PROCESSED'",
                        eventId))
                .isEqualTo(1);
        assertThat(count("select count(*) from billing_subscription where member_id = ? and status = 'ACTIVE'", member))
                .isEqualTo(1);
        assertThat(count("select count(*) from outbox_email where dedup_key = ?", "upgrade-confirmed:" + sub))
                .isEqualTo(1);
        assertThat(received("wendy." + member).getFirst().getSubject()).contains("membership is confirmed");
    }

    @Test
    @Order(2)
    void each_email_of_many_asked_for_on_both_instances_is_sent_once() {
        int members = 12;
        String[] addresses = new String[members];
        for (int i = 0; i < members; i++) {
            long id = member("olive" + i);
            addresses[i] = "olive" + i + "." + id;
            // every second request on the other instance, each from its own address
            (i % 2 == 0 ? a : b)
                    .getBean(PasswordService.class)
                    .requestReset(addresses[i] + "@example.com", "203.0.113." + (10 + i));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(addresses)
                        .allMatch(address -> received(address).size() == 1));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> Arrays.stream(addresses)
                        .allMatch(address -> received(address).size() == 1));
    }

    @Test
    @Order(3)
    void a_scheduled_job_started_on_both_instances_at_once_runs_on_one() throws Exception {
        long member = member("ray");
        String sub = "sub_recon_" + member;
        Instant now = Instant.now();
        JsonObject subscription = StripeFixtures.subscription(
                sub,
                "cus_recon_" + member,
                member,
                "active",
                "price_sim_premium_monthly",
                999,
                now,
                now.plus(Duration.ofDays(30)));
        stripe.stubFor(get("/v1/subscriptions/" + sub)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(subscription.toString())));
        jdbc.sql("""
                insert into billing_subscription (member_id, stripe_customer_id, stripe_subscription_id, status, tier,
                    period, cancel_at_period_end, current_period_end, amount_minor, currency, checkout_attempt,
                    trial_used, updated_at, version)
                values (?, ?, ?, 'ACTIVE', 'PREMIUM', 'MONTHLY', false, ?, 999, 'GBP', 0, true, ?, 0)""")
                .params(
                        member,
                        "cus_recon_" + member,
                        sub,
                        Timestamp.from(now.plus(Duration.ofDays(30))),
                        Timestamp.from(now))
                .update();
        jdbc.sql("delete from shedlock where name = 'subscription-reconciliation'")
                .update();
        int before = stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/subscriptions/" + sub)))
                .size();

        var onA = CompletableFuture.runAsync(
                () -> a.getBean(SubscriptionReconciliation.class).nightly());
        var onB = CompletableFuture.runAsync(
                () -> b.getBean(SubscriptionReconciliation.class).nightly());
        onA.get();
        onB.get();

        assertThat(stripe.findAll(getRequestedFor(urlPathEqualTo("/v1/subscriptions/" + sub)))
                                .size()
                        - before)
                .as("Stripe asked about the subscription by one run of the nightly reconciliation")
                .isEqualTo(1);
    }

    @Test
    @Order(4)
    void a_password_reset_on_one_instance_signs_the_member_out_on_the_other() throws Exception {
        long member = member("petra");
        String email = "petra." + member + "@example.com";
        MockMvc onB = mvc(b);
        var signIn =
                onB.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl())
                .as("where signing in on B leads")
                .doesNotContain("error");
        MockHttpSession browser = (MockHttpSession) signIn.getRequest().getSession(false);
        assertThat(browser.getAttribute("SPRING_SECURITY_CONTEXT"))
                .as("signed in on B")
                .isNotNull();
        assertThat(onB.perform(MockMvcRequestBuilders.get("/terms").session(browser))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        a.getBean(PasswordService.class).requestReset(email, "198.51.100.7");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> received("petra." + member).size() == 1);
        Matcher token = Pattern.compile("token=([A-Za-z0-9_\\-]+)")
                .matcher(GreenMailUtil.getBody(received("petra." + member).getFirst())
                        .replace("=\r\n", "")
                        .replace("=3D", "="));
        assertThat(token.find()).isTrue();
        a.getBean(PasswordService.class).resetPassword(token.group(1), "a different long passphrase");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                onB.perform(MockMvcRequestBuilders.get("/terms").session(browser))
                                        .andReturn()
                                        .getResponse()
                                        .getRedirectedUrl())
                        .isEqualTo("/login?ended"));
    }

    @Test
    @Order(5)
    void an_email_left_claimed_by_an_instance_that_stopped_is_sent_once_by_the_other() {
        long member = member("sid");
        String address = "sid." + member + "@example.com";
        Instant now = Instant.now();
        b.close();
        // the row as B's claim left it: PENDING, leased (next attempt) for a few seconds more; the lease is
        // 5 minutes in production, shortened here
        jdbc.sql("""
                insert into outbox_email (dedup_key, member_id, to_address, subject, template, html_body, text_body,
                    message_id, status, attempts, next_attempt_at, created_at, version)
                values (?, ?, ?, 'Left behind', 'plain', '<p>Left behind</p>', 'Left behind', ?, 'PENDING', 0, ?, ?, 1)""")
                .params(
                        "left-behind:" + member,
                        member,
                        address,
                        "<left-behind-" + member + "@test>",
                        Timestamp.from(now.plusSeconds(3)),
                        Timestamp.from(now))
                .update();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> received("sid." + member).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> received("sid." + member).size() == 1);
        assertThat(count(
                        "select count(*) from outbox_email where dedup_key = ? and status = 'SENT'",
                        "left-behind:" + member))
                .isEqualTo(1);
    }

    static long member(String name) {
        Instant now = Instant.now();
        String base = name + "." + System.nanoTime() + "@example.com";
        long id = jdbc.sql("""
                insert into member (first_name, email, email_key, password_hash, role, enabled, email_verified_at,
                    created_at, terms_version, terms_accepted_at, health_consent_version, health_consent_at, version)
                values (?, ?, ?, ?, 'MEMBER', true, ?, ?, 'v1', ?, 'v1', ?, 0) returning id""")
                .params(
                        name,
                        base,
                        base,
                        PASSWORD_HASH,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        String email = name + "." + id + "@example.com";
        jdbc.sql("update member set email = ?, email_key = ? where id = ?")
                .params(email, email, id)
                .update();
        return id;
    }

    private static List<MimeMessage> received(String localPart) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().startsWith(localPart + "@"));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    static long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static int postWebhook(ConfigurableApplicationContext instance, String payload, String signature) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stripe/webhook"))
                                    .header("Content-Type", "application/json")
                                    .header("Stripe-Signature", signature)
                                    .POST(HttpRequest.BodyPublishers.ofString(payload))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockMvc mvc(ConfigurableApplicationContext instance) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) instance)
                .apply(springSecurity())
                .build();
    }
}
