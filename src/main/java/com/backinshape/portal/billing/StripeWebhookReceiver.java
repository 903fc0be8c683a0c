package com.backinshape.portal.billing;

import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.backinshape.portal.billing.domain.StripeEventRepository;
import com.backinshape.portal.billing.gateway.StripeEventFacts;
import com.backinshape.portal.billing.gateway.StripeEventSink;
import com.backinshape.portal.billing.gateway.WebhookSecret;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front door of every Stripe event, real or simulated: verifies the signature on the raw body, records the event
 * once per id and publishes it for processing. Nothing else happens here, so Stripe gets its answer fast, and a crash
 * after the commit loses nothing (the event log redelivers).
 *
 * <p>The signature check and the JSON parsing run before the transaction, so a database connection is held only for the
 * two statements that need it: a repeat is one update (its counter), a new event one insert plus its publication in the
 * event log.
 */
@Service
class StripeWebhookReceiver implements StripeEventSink {

    enum Outcome {
        ACCEPTED,
        REPEATED,
        REJECTED
    }

    private static final Logger log = LoggerFactory.getLogger(StripeWebhookReceiver.class);
    private static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    private final WebhookSecret webhookSecret;
    private final StripeEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate tx;

    StripeWebhookReceiver(
            WebhookSecret webhookSecret,
            StripeEventRepository events,
            ApplicationEventPublisher publisher,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.webhookSecret = webhookSecret;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The simulated Stripe's events, through the same checks as Stripe's. */
    @Override
    public void deliver(String payload, String signature) {
        receive(payload, signature);
    }

    public Outcome receive(String payload, @Nullable String signature) {
        if (signature == null || signature.isBlank()) {
            log.warn("Stripe webhook without a Stripe-Signature header refused");
            return Outcome.REJECTED;
        }
        String id;
        String type;
        Instant created;
        try {
            Webhook.Signature.verifyHeader(payload, signature, webhookSecret.value(), TOLERANCE_SECONDS, clock);
            StripeEventFacts event = StripeEventFacts.parse(payload);
            id = event.id();
            type = event.type();
            created = event.created();
        } catch (SignatureVerificationException e) {
            log.warn("Stripe webhook refused: {}", e.getMessage());
            return Outcome.REJECTED;
        } catch (RuntimeException e) {
            log.warn("Stripe webhook refused: not an event ({})", e.getClass().getSimpleName());
            return Outcome.REJECTED;
        }
        if (id == null || type == null || created == null) {
            log.warn("Stripe webhook refused: event without id, type or created time");
            return Outcome.REJECTED;
        }
        Outcome outcome;
        try {
            outcome = tx.execute(s -> record(id, type, payload, created));
        } catch (DataIntegrityViolationException e) {
            // the same event delivered to another instance at the same moment was recorded there first
            if (events.findByEventId(id).isEmpty()) {
                throw e;
            }
            outcome = tx.execute(s -> events.countRepeat(id) > 0 ? Outcome.REPEATED : Outcome.REJECTED);
        }
        if (outcome == Outcome.REPEATED) {
            log.info("Stripe event {} ({}) received again: nothing to do", id, type);
        }
        return outcome;
    }

    /** In the transaction: counts a repeat, or records the event and publishes it (one row each, one commit). */
    private Outcome record(String id, String type, String payload, Instant created) {
        if (events.countRepeat(id) > 0) {
            return Outcome.REPEATED;
        }
        StripeEventRecord record =
                events.saveAndFlush(new StripeEventRecord(id, type, payload, created, clock.instant()));
        publisher.publishEvent(new StripeEventReceived(record.requireId(), type));
        return Outcome.ACCEPTED;
    }
}
