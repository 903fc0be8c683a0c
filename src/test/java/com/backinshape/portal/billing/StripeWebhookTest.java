package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.billing.domain.RecordedRefundRepository;
import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.backinshape.portal.billing.ui.BillingView;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signed Stripe webhooks, made as Stripe makes them, against Stripe-shaped answers from WireMock. */
class StripeWebhookTest extends StripeModeTestBase {

    @Autowired
    RecordedRefundRepository refunds;

    /** A member whose trial subscription Stripe reports as created; answers the subscription id. */
    String subscribed(long member, String status) throws Exception {
        String sub = uniqueId("sub");
        stripeSays(StripeFixtures.subscription(
                sub,
                "cus_" + member,
                member,
                status,
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30))));
        JsonObject event = StripeFixtures.event(
                uniqueId("evt"),
                "customer.subscription.created",
                START,
                StripeFixtures.subscription(
                        sub,
                        "cus_" + member,
                        member,
                        status,
                        "price_sim_premium_monthly",
                        999,
                        START,
                        START.plus(Duration.ofDays(30))),
                null);
        assertThat(deliver(event)).isEqualTo(200);
        processed(event.get("id").getAsString());
        return sub;
    }

    @Test
    void a_signed_subscription_created_event_gives_premium_and_one_confirmation_email() throws Exception {
        long ann = signedInMember("Ann");

        String sub = subscribed(ann, "active");

        assertThat(access.tierFor(ann)).isEqualTo(Tier.PREMIUM);
        assertThat(row(ann).getCurrentPeriodEnd()).isEqualTo(START.plus(Duration.ofDays(30)));
        assertThat(awaitEmail("upgrade-confirmed:" + sub).getTextBody())
                .contains("£9.99")
                .contains("26 December 2026");
    }

    @Test
    void the_same_event_twice_changes_state_once_and_sends_one_email() throws Exception {
        long bob = signedInMember("Bob");
        String sub = uniqueId("sub");
        JsonObject object = StripeFixtures.subscription(
                sub,
                "cus_b" + bob,
                bob,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(object);
        JsonObject event = StripeFixtures.event(uniqueId("evt"), "customer.subscription.created", START, object, null);

        assertThat(deliver(event)).isEqualTo(200);
        processed(event.get("id").getAsString());
        long version = row(bob).getVersion();
        assertThat(deliver(event)).isEqualTo(200);

        StripeEventRecord record =
                stripeEvents.findByEventId(event.get("id").getAsString()).orElseThrow();
        assertThat(record.getRepeats()).isEqualTo(1);
        assertThat(row(bob).getVersion()).isEqualTo(version);
        awaitEmail("upgrade-confirmed:" + sub);
        assertThat(outbox.findAll().stream()
                        .filter(e -> e.getDedupKey().equals("upgrade-confirmed:" + sub))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void stripes_requests_open_no_session() throws Exception {
        String sub = uniqueId("sub");
        JsonObject object = StripeFixtures.subscription(
                sub,
                "cus_nosession",
                0,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(object);
        String payload = StripeFixtures.event(uniqueId("evt"), "customer.subscription.updated", START, object, null)
                .toString();

        var result = postWebhook(payload, StripeFixtures.sign(payload, webhookSecret.value(), clock.instant()));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getRequest().getSession(false)).as("HTTP session").isNull();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        processed(JsonParser.parseString(payload).getAsJsonObject().get("id").getAsString());
    }

    @Test
    void an_update_older_than_the_stored_state_is_ignored() throws Exception {
        long cat = signedInMember("Cat");
        String sub = subscribed(cat, "active");
        JsonObject canceled = StripeFixtures.subscription(
                sub,
                "cus_" + cat,
                cat,
                "canceled",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(canceled);
        JsonObject older = StripeFixtures.event(
                uniqueId("evt"), "customer.subscription.updated", START.minusSeconds(120), canceled, null);

        assertThat(deliver(older)).isEqualTo(200);
        processed(older.get("id").getAsString());

        assertThat(row(cat).getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stripeEvents
                        .findByEventId(older.get("id").getAsString())
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(StripeEventRecord.Status.IGNORED_DUPLICATE);
    }

    @Test
    void a_bad_signature_or_a_stale_timestamp_gets_400_and_changes_nothing() throws Exception {
        long dan = signedInMember("Dan");
        String sub = uniqueId("sub");
        JsonObject object = StripeFixtures.subscription(
                sub,
                "cus_d" + dan,
                dan,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        stripeSays(object);
        JsonObject event = StripeFixtures.event(uniqueId("evt"), "customer.subscription.created", START, object, null);
        String payload = event.toString();

        int wrongSecret = postWebhook(payload, StripeFixtures.sign(payload, "whsec_someone_else", clock.instant()))
                .getResponse()
                .getStatus();
        int tampered = postWebhook(
                        payload.replace("999", "1"),
                        StripeFixtures.sign(payload, webhookSecret.value(), clock.instant()))
                .getResponse()
                .getStatus();
        int stale = postWebhook(
                        payload,
                        StripeFixtures.sign(
                                payload, webhookSecret.value(), clock.instant().minus(Duration.ofMinutes(6))))
                .getResponse()
                .getStatus();

        assertThat(wrongSecret).isEqualTo(400);
        assertThat(tampered).isEqualTo(400);
        assertThat(stale).isEqualTo(400);
        assertThat(stripeEvents.findByEventId(event.get("id").getAsString())).isEmpty();
        assertThat(access.tierFor(dan)).isEqualTo(Tier.FREE);
    }

    @Test
    void a_validly_signed_body_over_256_kb_gets_413_and_changes_nothing() throws Exception {
        long eva = signedInMember("Eva");
        String sub = uniqueId("sub");
        JsonObject object = StripeFixtures.subscription(
                sub,
                "cus_e" + eva,
                eva,
                "active",
                "price_sim_premium_monthly",
                999,
                START,
                START.plus(Duration.ofDays(30)));
        object.addProperty("padding", "x".repeat(2 * 1024 * 1024));
        stripeSays(object);
        JsonObject event = StripeFixtures.event(uniqueId("evt"), "customer.subscription.created", START, object, null);
        String payload = event.toString();

        int status = postWebhook(payload, StripeFixtures.sign(payload, webhookSecret.value(), clock.instant()))
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(413);
        assertThat(stripeEvents.findByEventId(event.get("id").getAsString())).isEmpty();
        assertThat(access.tierFor(eva)).isEqualTo(Tier.FREE);
    }

    @Test
    void a_deleted_subscription_ends_premium_at_the_end_of_the_paid_period() throws Exception {
        long eve = signedInMember("Eve");
        String sub = subscribed(eve, "active");
        Instant periodEnd = START.plus(Duration.ofDays(30));
        JsonObject cancelling = StripeFixtures.subscription(
                sub, "cus_" + eve, eve, "active", "price_sim_premium_monthly", 999, START, periodEnd);
        cancelling.addProperty("cancel_at_period_end", true);
        stripeSays(cancelling);
        JsonObject previous = new JsonObject();
        previous.addProperty("cancel_at_period_end", false);
        String updated = uniqueId("evt");
        deliver(StripeFixtures.event(
                updated, "customer.subscription.updated", START.plusSeconds(60), cancelling, previous));
        processed(updated);

        assertThat(access.tierAt(eve, periodEnd.minusSeconds(1))).isEqualTo(Tier.PREMIUM);
        assertThat(access.tierAt(eve, periodEnd)).isEqualTo(Tier.FREE);
        awaitEmail("cancel-scheduled:" + sub + ":" + updated);

        clock.set(periodEnd.plusSeconds(5));
        JsonObject ended = cancelling.deepCopy();
        ended.addProperty("status", "canceled");
        ended.addProperty("ended_at", periodEnd.getEpochSecond());
        stripeSays(ended);
        String deleted = uniqueId("evt");
        deliver(StripeFixtures.event(deleted, "customer.subscription.deleted", periodEnd, ended, null));
        processed(deleted);

        assertThat(row(eve).getStatus()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(access.tierFor(eve)).isEqualTo(Tier.FREE);
        awaitEmail("ended:" + sub);
    }

    @Test
    void a_failed_payment_makes_the_member_past_due_with_a_banner_an_email_and_seven_days_of_premium()
            throws Exception {
        long fay = signedInMember("Fay");
        String sub = subscribed(fay, "active");
        Instant renewal = START.plus(Duration.ofDays(30));
        clock.set(renewal.plusSeconds(10));
        stripeSays(StripeFixtures.subscription(
                sub,
                "cus_" + fay,
                fay,
                "past_due",
                "price_sim_premium_monthly",
                999,
                renewal,
                renewal.plus(Duration.ofDays(31))));
        String failed = uniqueId("evt");
        deliver(StripeFixtures.event(
                failed,
                "invoice.payment_failed",
                renewal,
                StripeFixtures.invoice("in_" + failed, "cus_" + fay, sub, fay, 999, "open"),
                null));
        processed(failed);

        assertThat(row(fay).getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE);
        assertThat(awaitEmail("payment-failed:" + sub + ":in_" + failed + ":1").getTextBody())
                .contains("£9.99")
                .contains("2 January 2027");
        com.backinshape.portal.account.Members.signIn(members, tx, fay); // MockMvc cleared the security context
        navigate(BillingView.class);
        assertThat($(Div.class).id("past-due-banner").getElement().getTextRecursively())
                .contains("Premium stays until 2 January 2027");
        assertThat(access.tierAt(fay, renewal.plus(Duration.ofDays(7)).minusSeconds(1)))
                .isEqualTo(Tier.PREMIUM);
        assertThat(access.tierAt(fay, renewal.plus(Duration.ofDays(7)))).isEqualTo(Tier.FREE);
    }

    @Test
    void a_refunded_charge_is_recorded_once() throws Exception {
        long gus = signedInMember("Gus");
        subscribed(gus, "active");
        JsonObject charge = StripeFixtures.load("charge");
        String chargeId = uniqueId("ch");
        charge.addProperty("id", chargeId);
        charge.addProperty("customer", "cus_" + gus);
        charge.addProperty("amount", 999);
        charge.addProperty("amount_refunded", 999);
        charge.addProperty("refunded", true);
        JsonObject event = StripeFixtures.event(uniqueId("evt"), "charge.refunded", START, charge, null);

        deliver(event);
        deliver(event);
        processed(event.get("id").getAsString());

        var refund = refunds.findByChargeId(chargeId).orElseThrow();
        assertThat(refund.getMemberId()).isEqualTo(gus);
        assertThat(refund.getAmountMinor()).isEqualTo(999);
        assertThat(refund.getCurrency()).isEqualTo("GBP");
    }
}
