package com.backinshape.portal.billing;

import com.backinshape.portal.billing.BillingEvents.CancellationScheduled;
import com.backinshape.portal.billing.BillingEvents.CancellationUndone;
import com.backinshape.portal.billing.BillingEvents.PaymentActionRequired;
import com.backinshape.portal.billing.BillingEvents.PaymentFailed;
import com.backinshape.portal.billing.BillingEvents.SubscriptionEnded;
import com.backinshape.portal.billing.BillingEvents.SubscriptionStarted;
import com.backinshape.portal.billing.BillingEvents.TrialEnding;
import com.backinshape.portal.billing.SubscriptionSync.Synced;
import com.backinshape.portal.billing.domain.StripeEventRecord;
import com.backinshape.portal.billing.domain.StripeEventRepository;
import com.backinshape.portal.billing.gateway.InvoiceFacts;
import com.backinshape.portal.billing.gateway.StripeEventFacts;
import com.backinshape.portal.billing.gateway.SubscriptionChange;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes each recorded Stripe event once, after the receiver committed it (through Spring
 * Modulith's durable event log): re-reads the subscription from the gateway, updates the member's
 * state, and publishes one {@link BillingEvents} record per real change.
 */
@Component
class StripeEventProcessor {

    private static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(StripeEventProcessor.class);

    private final StripeEventRepository events;
    private final SubscriptionSync sync;
    private final CheckoutFulfilment checkouts;
    private final ApplicationEventPublisher publisher;
    private final BillingProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    StripeEventProcessor(StripeEventRepository events, SubscriptionSync sync, CheckoutFulfilment checkouts,
                         ApplicationEventPublisher publisher, BillingProperties settings,
                         PlatformTransactionManager tm, Clock clock) {
        this.events = events;
        this.sync = sync;
        this.checkouts = checkouts;
        this.publisher = publisher;
        this.settings = settings;
        this.tx = new TransactionTemplate(tm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs in its own transactions: events about one member arrive together, so a lock wait or a
     * row created at the same moment is retried here; anything else leaves the event FAILED and its
     * publication incomplete, to be retried by the event resubmission job.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StripeEventReceived received) {
        run(received);
    }

    /** Processes the event now, in the caller's thread (an admin's replay of a failed event). */
    void run(StripeEventReceived received) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(s -> process(received.recordId()));
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt < MAX_ATTEMPTS) {
                    log.info("Stripe event record {} met a concurrent change; trying again", received.recordId());
                    continue;
                }
                fail(received, e);
                throw e;
            } catch (RuntimeException e) {
                fail(received, e);
                throw e;
            }
        }
    }

    private void fail(StripeEventReceived received, RuntimeException e) {
        log.error("Stripe event record {} ({}) failed; it will be retried", received.recordId(), received.type(), e);
        tx.executeWithoutResult(s -> events.findById(received.recordId())
                .ifPresent(r -> r.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant())));
    }

    void process(long recordId) {
        StripeEventRecord record = events.findById(recordId).orElseThrow();
        if (record.isDone()) {
            return;
        }
        StripeEventFacts event = StripeEventFacts.parse(record.getPayload());
        Instant created = record.getStripeCreatedAt();
        String eventId = record.getEventId();
        Optional<Synced> synced = switch (record.getType()) {
            case "checkout.session.completed" -> checkouts.completed(event.checkout(), created).map(this::started);
            case "checkout.session.expired" -> checkouts.expired(event.checkout());
            case "customer.subscription.created" -> syncSubscription(event.subscription(), created).map(this::started);
            case "customer.subscription.updated" -> syncSubscription(event.subscription(), created)
                    .map(s -> cancellationChange(s, event.subscription(), eventId));
            case "customer.subscription.deleted" -> syncSubscription(event.subscription(), created).map(this::ended);
            case "customer.subscription.trial_will_end" ->
                    syncSubscription(event.subscription(), created).map(this::trialEnding);
            case "invoice.paid" -> syncInvoice(event.invoice(), created);
            case "invoice.payment_failed" -> syncInvoice(event.invoice(), created)
                    .map(s -> paymentFailed(s, event.invoice()));
            case "invoice.payment_action_required" -> syncInvoice(event.invoice(), created)
                    .map(s -> actionRequired(s, event.invoice()));
            case "charge.refunded" -> checkouts.refunded(event.charge());
            default -> Optional.empty();
        };
        record.linkMember(synced.map(Synced::memberId).or(() -> Optional.ofNullable(event.memberId()))
                .or(() -> sync.memberOfCustomer(event.customerId())).orElse(null));
        if (synced.isPresent() && !synced.get().applied()) {
            record.ignoredAsOlder(clock.instant());
        } else {
            record.processed(clock.instant());
        }
    }

    private Optional<Synced> syncSubscription(SubscriptionChange subscription, Instant created) {
        String id = subscription.subscriptionId();
        return id == null ? Optional.empty() : sync.sync(subscription.memberId(), id, created);
    }

    private Optional<Synced> syncInvoice(InvoiceFacts invoice, Instant created) {
        String subscriptionId = invoice.subscriptionId();
        if (subscriptionId == null) {
            return Optional.empty();
        }
        Long member = invoice.subscriptionMemberId();
        return sync.sync(member != null ? member : sync.memberOfCustomer(invoice.customerId()).orElse(null),
                subscriptionId, created);
    }

    private Synced started(Synced s) {
        var f = s.facts();
        if (f.tier() != null && f.period() != null) {
            publisher.publishEvent(new SubscriptionStarted(s.memberId(), f.subscriptionId(), f.tier(), f.period(),
                    s.amount(), f.trialEnd(), f.currentPeriodEnd()));
        }
        return s;
    }

    private Synced cancellationChange(Synced s, SubscriptionChange change, String eventId) {
        if (change.wasCancelAtPeriodEnd() == null) {
            return s;
        }
        boolean was = change.wasCancelAtPeriodEnd();
        boolean now = change.cancelAtPeriodEnd();
        Instant periodEnd = change.currentPeriodEnd();
        if (!was && now && periodEnd != null) {
            publisher.publishEvent(new CancellationScheduled(s.memberId(), s.facts().subscriptionId(), eventId, periodEnd));
        } else if (was && !now) {
            publisher.publishEvent(new CancellationUndone(s.memberId(), s.facts().subscriptionId(), eventId, periodEnd,
                    s.amount()));
        }
        return s;
    }

    private Synced ended(Synced s) {
        Instant endedAt = s.facts().endedAt() != null ? s.facts().endedAt() : clock.instant();
        publisher.publishEvent(new SubscriptionEnded(s.memberId(), s.facts().subscriptionId(), endedAt));
        return s;
    }

    private Synced trialEnding(Synced s) {
        if (s.facts().trialEnd() != null) {
            publisher.publishEvent(new TrialEnding(s.memberId(), s.facts().subscriptionId(), s.facts().trialEnd(),
                    s.amount()));
        }
        return s;
    }

    private Synced paymentFailed(Synced s, InvoiceFacts invoice) {
        Instant since = s.facts().currentPeriodStart() != null ? s.facts().currentPeriodStart() : clock.instant();
        Long due = invoice.amountDue();
        publisher.publishEvent(new PaymentFailed(s.memberId(), s.facts().subscriptionId(), invoice.id(),
                Optional.ofNullable(invoice.attemptCount()).orElse(1L),
                new Money(due == null ? 0 : due, s.amount().currency()), since.plus(settings.gracePeriod())));
        return s;
    }

    private Synced actionRequired(Synced s, InvoiceFacts invoice) {
        publisher.publishEvent(new PaymentActionRequired(s.memberId(), s.facts().subscriptionId(),
                invoice.id(), invoice.hostedInvoiceUrl()));
        return s;
    }
}
