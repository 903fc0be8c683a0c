package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.billing.domain.MemberSubscription.Facts;
import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.backinshape.portal.billing.gateway.PaymentGateway.CheckoutRequest;
import com.backinshape.portal.billing.gateway.SimulatedStripe.SignedEvent;
import com.backinshape.portal.billing.gateway.StripeEventFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * 1,000 signed events for 100 members (each: checkout, trial ending, cancel, undo, renewal, failed renewal), 30% of
 * them delivered twice, all shuffled and delivered concurrently: every member ends in the state in-order delivery
 * gives, with exactly one email per real change.
 */
class WebhookBurstTest extends BillingTestBase {

    private static final int MEMBERS = 100;

    @Autowired
    StripeWebhookReceiver receiver;

    @Test
    void a_shuffled_burst_with_duplicates_ends_in_the_in_order_state_with_one_email_per_change() throws Exception {
        List<Long> memberIds = new ArrayList<>();
        List<String> subscriptionIds = new ArrayList<>();
        simulatedStripe.holdEvents();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                clock.set(START);
                long member = members.save(new Member(
                                "Burst",
                                "burst." + i + "." + System.nanoTime() + "@example.com",
                                "{noop}x",
                                Role.MEMBER,
                                START,
                                "v1",
                                "v1"))
                        .requireId();
                memberIds.add(member);
                subscriptionIds.add(tx.execute(s -> lifecycle(member)));
            }
        } finally {
            clock.set(START.plusSeconds(10));
        }
        List<SignedEvent> events = new ArrayList<>(simulatedStripe.releaseHeld());
        assertThat(events).hasSize(MEMBERS * 10);
        Random random = new Random(42);
        List<SignedEvent> burst = new ArrayList<>(events);
        for (int i = 0; i < events.size() * 3 / 10; i++) {
            burst.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(burst, random);

        deliverConcurrently(burst);

        List<String> eventIds = events.stream()
                .map(e -> StripeEventFacts.parse(e.payload()).id())
                .toList();
        eventually(
                () -> eventIds.stream()
                        .allMatch(id -> stripeEvents
                                .findByEventId(id)
                                .map(StripeEventRecord::isDone)
                                .orElse(false)),
                done -> done);
        java.util.Set<String> subs = new java.util.HashSet<>(subscriptionIds);
        List<String> keys = eventually(
                () -> outbox.findAll().stream()
                        .map(e -> e.getDedupKey())
                        .filter(k -> k.split(":").length > 1 && subs.contains(k.split(":")[1]))
                        .toList(),
                k -> k.size() >= MEMBERS * 6);
        for (int i = 0; i < MEMBERS; i++) {
            long member = memberIds.get(i);
            String sub = subscriptionIds.get(i);
            Facts inOrder = SubscriptionSync.facts(simulated.subscription(sub), settings);
            var row = row(member);
            assertThat(row.getStatus()).isEqualTo(SubscriptionStatus.PAST_DUE).isEqualTo(inOrder.status());
            assertThat(row.getCurrentPeriodEnd()).isEqualTo(inOrder.currentPeriodEnd());
            assertThat(row.isCancelAtPeriodEnd()).isFalse();
            assertThat(access.tierFor(member)).isEqualTo(Tier.PREMIUM);
            assertThat(keys.stream()
                            .filter(k -> k.split(":")[1].equals(sub))
                            .map(k -> k.substring(0, k.indexOf(':')))
                            .sorted())
                    .containsExactly(
                            "admin-new-premium",
                            "cancel-scheduled",
                            "payment-failed",
                            "resumed",
                            "trial-ending",
                            "upgrade-confirmed");
        }
        assertThat(keys).hasSize(MEMBERS * 6);
    }

    @Autowired
    BillingProperties settings;

    /**
     * Ten events: created, invoice paid, checkout completed, trial ending, cancel, undo, renewal (2), failed renewal
     * (2).
     */
    private String lifecycle(long member) {
        var session = simulated.createCheckout(new CheckoutRequest(
                member,
                "cus_sim_" + member,
                "price_sim_premium_monthly",
                true,
                7,
                "http://localhost/checkout/return?session_id={CHECKOUT_SESSION_ID}",
                "http://localhost/pricing",
                "burst-" + member + "-" + System.nanoTime()));
        subscriptions.save(new com.backinshape.portal.billing.domain.MemberSubscription(member, START));
        simulated.pay(session.id(), member, "4242 4242 4242 4242");
        String sub = simulated.checkoutSession(session.id()).subscriptionId();
        clock.advance(Duration.ofSeconds(1));
        simulated.trialWillEnd(sub);
        clock.advance(Duration.ofSeconds(1));
        simulated.setCancelAtPeriodEnd(sub, true);
        clock.advance(Duration.ofSeconds(1));
        simulated.setCancelAtPeriodEnd(sub, false);
        clock.advance(Duration.ofSeconds(1));
        simulated.renewNow(sub);
        clock.advance(Duration.ofSeconds(1));
        simulated.failNextRenewal(sub);
        simulated.renewNow(sub);
        return sub;
    }

    private void deliverConcurrently(List<SignedEvent> burst) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (SignedEvent e : burst) {
            pool.submit(() -> {
                try {
                    assertThat(receiver.receive(e.payload(), e.signature()))
                            .isNotEqualTo(StripeWebhookReceiver.Outcome.REJECTED);
                } catch (DataIntegrityViolationException sameEventAtTheSameMoment) {
                    // the controller answers 200 to this: the other delivery recorded it
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
}
