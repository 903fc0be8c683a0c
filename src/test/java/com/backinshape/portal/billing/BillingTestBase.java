package com.backinshape.portal.billing;

import static org.awaitility.Awaitility.await;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.billing.domain.MemberSubscription;
import com.backinshape.portal.billing.domain.MemberSubscriptionRepository;
import com.backinshape.portal.billing.domain.StripeEventRepository;
import com.backinshape.portal.billing.gateway.SimulatedGateway;
import com.backinshape.portal.billing.gateway.SimulatedStripe;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Helpers of the billing tests: members made through real signup, signed in, and waiting for the webhook pipeline. */
@RecordApplicationEvents
abstract class BillingTestBase extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CheckoutService checkout;

    @Autowired
    BillingService billing;

    @Autowired
    PremiumAccess access;

    @Autowired
    MemberSubscriptionRepository subscriptions;

    @Autowired
    StripeEventRepository stripeEvents;

    @Autowired
    OutboxEmailRepository outbox;

    @Autowired
    TestGateways.Switchable gateways;

    @Autowired
    SimulatedGateway simulated;

    @Autowired
    SimulatedStripe simulatedStripe;

    /** A verified member, signed in. */
    long signedInMember(String name) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
        Members.signIn(members, tx, id);
        return id;
    }

    /** Checkout and simulated payment with the good card; answers the return address. */
    String upgrade(Tier tier, Period period) {
        String url = checkout.start(tier, period);
        String session = url.substring(url.indexOf("session=") + "session=".length());
        return checkout.paySimulated(session, "4242 4242 4242 4242");
    }

    MemberSubscription row(long memberId) {
        return subscriptions.findByMemberId(memberId).orElseThrow();
    }

    <T> T eventually(Callable<T> value, java.util.function.Predicate<T> done) {
        return await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(value, done::test);
    }

    Tier eventuallyTier(long memberId, Tier expected) {
        return eventually(() -> access.tierFor(memberId), t -> t == expected);
    }

    OutboxEmail awaitEmail(String key) {
        return eventually(() -> outbox.findByDedupKey(key).orElse(null), e -> e != null);
    }

    long emailsFor(long memberId) {
        return outbox.findAll().stream()
                .filter(e -> Long.valueOf(memberId).equals(e.getMemberId()))
                .count();
    }
}
