package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.Money;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment gateway of simulated mode: every action changes {@link SimulatedStripe}'s objects the way Stripe would
 * and reports it with the events Stripe would send.
 */
@Component
// local, no remote call: each action and the events it sends commit together, as one Stripe request would
@Transactional
public class SimulatedGateway implements PaymentGateway {

    static final String GOOD_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";

    private final SimulatedStripe stripe;
    private final SimulatedObjects shapes;
    private final AppProperties app;

    public SimulatedGateway(SimulatedStripe stripe, SimulatedObjects shapes, AppProperties app) {
        this.stripe = stripe;
        this.shapes = shapes;
        this.app = app;
    }

    @Transactional(propagation = Propagation.SUPPORTS) // asked on every page: no transaction of its own
    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public String createCustomer(long memberId, String email, String name, String idempotencyKey) {
        return "cus_sim_" + memberId;
    }

    @Override
    public CheckoutFacts createCheckout(CheckoutRequest r) {
        String id = "cs_sim_"
                + UUID.nameUUIDFromBytes(r.idempotencyKey().getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .replace("-", "");
        JsonObject existing = stripe.find(id);
        if (existing == null) {
            stripe.save(shapes.checkoutSession(id, r, app.link("/checkout/simulated", "session", id)));
        }
        return checkoutSession(id);
    }

    @Override
    public CheckoutFacts checkoutSession(String sessionId) {
        return CheckoutFacts.read(stripe.get(sessionId));
    }

    /** The simulated checkout page's "Pay": card 4242… succeeds, 4000…0002 is declined. */
    public String pay(String sessionId, long memberId, @Nullable String cardNumber) {
        JsonObject session = stripe.find(sessionId);
        if (session == null || !Long.valueOf(memberId).equals(StripeJson.memberId(session))) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "This checkout was not found. Please start again from the pricing page.");
        }
        if (!"open".equals(StripeJson.str(session, "status"))) {
            throw InvalidInputException.of(InvalidInputException.FORM, "This checkout is already finished.");
        }
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        if (DECLINED_CARD.equals(digits)) {
            throw InvalidInputException.of(
                    "cardNumber", "Your card was declined. No payment was taken: please try another card.");
        }
        if (!GOOD_CARD.equals(digits)) {
            throw InvalidInputException.of(
                    "cardNumber", "Use the test card 4242 4242 4242 4242 (or 4000 0000 0000 0002 to see a decline).");
        }
        JsonObject sub = shapes.newSubscription(session);
        JsonObject invoice = shapes.invoice(sub, "subscription_create", true);
        sub.addProperty("latest_invoice", StripeJson.str(invoice, "id"));
        stripe.save(sub);
        session.addProperty("status", "complete");
        session.addProperty(
                "payment_status", StripeJson.num(invoice, "amount_paid") == 0 ? "no_payment_required" : "paid");
        session.addProperty("subscription", StripeJson.str(sub, "id"));
        stripe.save(session);
        stripe.send("customer.subscription.created", sub, null);
        stripe.send("invoice.paid", invoice, null);
        stripe.send("checkout.session.completed", session, null);
        return StripeJson.str(session, "success_url");
    }

    @Override
    public SubscriptionFacts subscription(String subscriptionId) {
        return SubscriptionFacts.read(stripe.get(subscriptionId));
    }

    @Override
    public Money previewChange(String subscriptionId, String priceId) {
        return shapes.proration(stripe.get(subscriptionId), priceId);
    }

    @Override
    public void changePrice(String subscriptionId, String priceId) {
        JsonObject sub = stripe.get(subscriptionId);
        Money due = shapes.proration(sub, priceId);
        JsonObject previous = new JsonObject();
        previous.add("items", sub.get("items").deepCopy());
        shapes.setPrice(sub, priceId);
        stripe.save(sub);
        stripe.send("customer.subscription.updated", sub, previous);
        if (due.isPositive()) {
            stripe.send("invoice.paid", shapes.invoiceFor(sub, due.minor(), "subscription_update", true), null);
        }
    }

    @Override
    public void setCancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        JsonObject sub = stripe.get(subscriptionId);
        JsonObject previous = new JsonObject();
        previous.addProperty("cancel_at_period_end", StripeJson.bool(sub, "cancel_at_period_end"));
        previous.add("cancel_at", sub.get("cancel_at"));
        sub.addProperty("cancel_at_period_end", cancel);
        sub.addProperty("cancel_at", cancel ? StripeJson.num(StripeJson.firstItem(sub), "current_period_end") : null);
        sub.addProperty("canceled_at", cancel ? stripe.now() : null);
        stripe.save(sub);
        stripe.send("customer.subscription.updated", sub, previous);
    }

    @Override
    public void cancelNow(String subscriptionId) {
        JsonObject sub = stripe.get(subscriptionId);
        shapes.end(sub);
        stripe.save(sub);
        stripe.send("customer.subscription.deleted", sub, null);
    }

    @Override
    public void pauseCollection(String subscriptionId, @Nullable Instant resumesAt) {
        JsonObject sub = stripe.get(subscriptionId);
        JsonObject previous = new JsonObject();
        previous.add("pause_collection", sub.get("pause_collection"));
        if (resumesAt == null) {
            sub.add("pause_collection", com.google.gson.JsonNull.INSTANCE);
        } else {
            JsonObject pause = new JsonObject();
            pause.addProperty("behavior", "void");
            pause.addProperty("resumes_at", resumesAt.getEpochSecond());
            sub.add("pause_collection", pause);
        }
        stripe.save(sub);
        stripe.send("customer.subscription.updated", sub, previous);
    }

    @Override
    public void extendTrial(String subscriptionId, Instant renewsAt) {
        JsonObject sub = stripe.get(subscriptionId);
        JsonObject previous = new JsonObject();
        previous.addProperty("status", StripeJson.str(sub, "status"));
        previous.add("trial_end", sub.get("trial_end"));
        JsonObject item = StripeJson.firstItem(sub);
        if (!"trialing".equals(StripeJson.str(sub, "status"))) {
            item.addProperty("current_period_start", stripe.now());
        }
        item.addProperty("current_period_end", renewsAt.getEpochSecond());
        sub.addProperty("trial_end", renewsAt.getEpochSecond());
        sub.addProperty("status", "trialing");
        if (StripeJson.bool(sub, "cancel_at_period_end")) {
            sub.addProperty("cancel_at", renewsAt.getEpochSecond());
        }
        stripe.save(sub);
        stripe.send("customer.subscription.updated", sub, previous);
    }

    /** Collection is paused (an admin's complimentary grant) and not yet due to resume. */
    private boolean collectionPaused(JsonObject sub) {
        Long resumesAt =
                sub.has("pause_collection") && sub.get("pause_collection").isJsonObject()
                        ? StripeJson.num(sub, "pause_collection", "resumes_at")
                        : null;
        return resumesAt != null && resumesAt > stripe.now();
    }

    @Override
    public void deleteCustomer(String customerId) {
        stripe.forgetCustomer(customerId);
    }

    @Override
    public void refundLatestPayment(String subscriptionId) {
        JsonObject sub = stripe.get(subscriptionId);
        long paid = latestPayment(sub);
        stripe.send("charge.refunded", shapes.refundedCharge(sub, paid, paid), null);
    }

    @Override
    public void refundLatestPayment(String subscriptionId, long amountMinor, String idempotencyKey) {
        JsonObject sub = stripe.get(subscriptionId);
        long paid = latestPayment(sub);
        if (amountMinor <= 0 || amountMinor > paid) {
            throw InvalidInputException.of(
                    "amount", "Refund between £0.01 and the payment of " + Money.gbp(paid) + ".");
        }
        stripe.send("charge.refunded", shapes.refundedCharge(sub, paid, amountMinor), null);
    }

    private static long latestPayment(JsonObject sub) {
        long paid = "trialing".equals(StripeJson.str(sub, "status"))
                ? 0
                : StripeJson.num(StripeJson.firstItem(sub), "price", "unit_amount");
        if (paid == 0) {
            throw InvalidInputException.of(InvalidInputException.FORM, "There is no payment to refund yet.");
        }
        return paid;
    }

    @Override
    public @Nullable String portalUrl(String customerId, String returnUrl) {
        return null;
    }

    /** "Renew now": the period ends now and the next one is charged (or fails, or the subscription ends). */
    public void renewNow(String subscriptionId) {
        JsonObject sub = stripe.get(subscriptionId);
        JsonObject previous = new JsonObject();
        previous.addProperty("status", StripeJson.str(sub, "status"));
        if (StripeJson.bool(sub, "cancel_at_period_end")) {
            shapes.end(sub);
            stripe.save(sub);
            stripe.send("customer.subscription.deleted", sub, null);
            return;
        }
        if (collectionPaused(sub)) {
            shapes.startNextPeriod(sub, false);
            stripe.save(sub);
            stripe.send("customer.subscription.updated", sub, previous);
            return;
        }
        boolean fail = "true".equals(StripeJson.str(sub, "metadata", SimulatedObjects.FAIL_NEXT));
        shapes.startNextPeriod(sub, fail);
        JsonObject invoice = shapes.invoice(sub, "subscription_cycle", !fail);
        sub.addProperty("latest_invoice", StripeJson.str(invoice, "id"));
        stripe.save(sub);
        stripe.send(fail ? "invoice.payment_failed" : "invoice.paid", invoice, null);
        stripe.send("customer.subscription.updated", sub, previous);
    }

    /** "Fail next renewal": the next renewal's payment is declined. */
    public void failNextRenewal(String subscriptionId) {
        JsonObject sub = stripe.get(subscriptionId);
        StripeJson.obj(sub, "metadata").addProperty(SimulatedObjects.FAIL_NEXT, "true");
        stripe.save(sub);
    }

    /** Stripe's notice three days before a trial ends. */
    public void trialWillEnd(String subscriptionId) {
        stripe.send("customer.subscription.trial_will_end", stripe.get(subscriptionId), null);
    }
}
