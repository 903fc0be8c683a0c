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
import com.backinshape.portal.billing.gateway.SubscriptionFacts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes each recorded Stripe event once, after the receiver committed it (through Spring Modulith's durable event
 * log): re-reads the subscription from the gateway, updates the member's state, and publishes one {@link BillingEvents}
 * record per real change.
 *
 * <p>The gateway is asked first, outside any transaction (Stripe may take seconds); its answer is then applied in one
 * short transaction that locks the event's row and returns at once when the event is already done. So two instances (or
 * a retry and a late first attempt) handling the same event at once apply it once: the second waits for the first's
 * lock, then finds it done.
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

    StripeEventProcessor(
            StripeEventRepository events,
            SubscriptionSync sync,
            CheckoutFulfilment checkouts,
            ApplicationEventPublisher publisher,
            BillingProperties settings,
            PlatformTransactionManager tm,
            Clock clock) {
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
     * Runs in its own transactions: events about one member arrive together, so a lock wait or a row created at the
     * same moment is retried here; anything else leaves the event FAILED and its publication incomplete, to be retried
     * by the event resubmission job. An application module listener (after the receiver's commit, tracked in the event
     * log) on billing's own executor ({@link BillingConfig#stripeEventExecutor}).
     */
    @Async(BillingConfig.STRIPE_EVENTS)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @TransactionalEventListener
    void on(StripeEventReceived received) {
        run(received);
    }

    /** Processes the event now, in the caller's thread (an admin's replay of a failed event). */
    void run(StripeEventReceived received) {
        for (int attempt = 1; ; attempt++) {
            try {
                Fetched fetched = fetch(received.recordId());
                if (fetched != null) {
                    tx.executeWithoutResult(s -> process(received.recordId(), fetched));
                }
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

    /** The event and what the gateway says now about the subscription it names (null when it names none). */
    record Fetched(StripeEventFacts event, @Nullable SubscriptionFacts subscription) {}

    /**
     * Reads the event (a short read of its own) and asks the gateway about its subscription, holding no connection
     * while the gateway answers; null when the event is already done.
     */
    @Nullable
    Fetched fetch(long recordId) {
        StripeEventRecord record = events.findById(recordId).orElseThrow();
        if (record.isDone()) {
            return null;
        }
        StripeEventFacts event = StripeEventFacts.parse(record.getPayload());
        String subscriptionId = switch (record.getType()) {
            case "checkout.session.completed" -> CheckoutFulfilment.subscriptionOf(event.checkout());
            case "customer.subscription.created",
                    "customer.subscription.updated",
                    "customer.subscription.deleted",
                    "customer.subscription.trial_will_end" ->
                event.subscription().subscriptionId();
            case "invoice.paid", "invoice.payment_failed", "invoice.payment_action_required" ->
                event.invoice().subscriptionId();
            default -> null;
        };
        return new Fetched(event, subscriptionId == null ? null : sync.fetch(subscriptionId));
    }

    /** In a short transaction holding the event row's lock: applies the fetched news unless the event is done. */
    void process(long recordId, Fetched fetched) {
        StripeEventRecord record = events.lockById(recordId).orElseThrow();
        if (record.isDone()) {
            return;
        }
        StripeEventFacts event = fetched.event();
        @Nullable SubscriptionFacts subscription = fetched.subscription();
        Instant created = record.getStripeCreatedAt();
        String eventId = record.getEventId();
        Optional<Synced> synced = switch (record.getType()) {
            case "checkout.session.completed" ->
                checkouts.completed(event.checkout(), subscription, created).map(this::started);
            case "checkout.session.expired" -> checkouts.expired(event.checkout());
            case "customer.subscription.created" ->
                syncSubscription(event.subscription(), subscription, created).map(this::started);
            case "customer.subscription.updated" ->
                syncSubscription(event.subscription(), subscription, created)
                        .map(s -> cancellationChange(s, event.subscription(), eventId));
            case "customer.subscription.deleted" ->
                syncSubscription(event.subscription(), subscription, created).map(this::ended);
            case "customer.subscription.trial_will_end" ->
                syncSubscription(event.subscription(), subscription, created).map(this::trialEnding);
            case "invoice.paid" -> syncInvoice(event.invoice(), subscription, created);
            case "invoice.payment_failed" ->
                syncInvoice(event.invoice(), subscription, created).map(s -> paymentFailed(s, event.invoice()));
            case "invoice.payment_action_required" ->
                syncInvoice(event.invoice(), subscription, created).map(s -> actionRequired(s, event.invoice()));
            case "charge.refunded" -> checkouts.refunded(event.charge());
            default -> Optional.empty();
        };
        record.linkMember(synced.map(Synced::memberId)
                .or(() -> Optional.ofNullable(event.memberId()))
                .or(() -> sync.memberOfCustomer(event.customerId()))
                .orElse(null));
        if (synced.isPresent() && !synced.get().applied()) {
            record.ignoredAsOlder(clock.instant());
        } else {
            record.processed(clock.instant());
        }
    }

    private Optional<Synced> syncSubscription(
            SubscriptionChange change, @Nullable SubscriptionFacts subscription, Instant created) {
        return subscription == null ? Optional.empty() : sync.sync(change.memberId(), subscription, created);
    }

    private Optional<Synced> syncInvoice(
            InvoiceFacts invoice, @Nullable SubscriptionFacts subscription, Instant created) {
        if (subscription == null) {
            return Optional.empty();
        }
        Long member = invoice.subscriptionMemberId();
        return sync.sync(
                member != null
                        ? member
                        : sync.memberOfCustomer(invoice.customerId()).orElse(null),
                subscription,
                created);
    }

    private Synced started(Synced s) {
        var f = s.facts();
        if (f.tier() != null && f.period() != null) {
            publisher.publishEvent(new SubscriptionStarted(
                    s.memberId(),
                    f.subscriptionId(),
                    f.tier(),
                    f.period(),
                    s.amount(),
                    f.trialEnd(),
                    f.currentPeriodEnd()));
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
            publisher.publishEvent(
                    new CancellationScheduled(s.memberId(), s.facts().subscriptionId(), eventId, periodEnd));
        } else if (was && !now) {
            publisher.publishEvent(
                    new CancellationUndone(s.memberId(), s.facts().subscriptionId(), eventId, periodEnd, s.amount()));
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
            publisher.publishEvent(new TrialEnding(
                    s.memberId(), s.facts().subscriptionId(), s.facts().trialEnd(), s.amount()));
        }
        return s;
    }

    private Synced paymentFailed(Synced s, InvoiceFacts invoice) {
        Instant since = s.facts().currentPeriodStart() != null ? s.facts().currentPeriodStart() : clock.instant();
        Long due = invoice.amountDue();
        publisher.publishEvent(new PaymentFailed(
                s.memberId(),
                s.facts().subscriptionId(),
                invoice.id(),
                Optional.ofNullable(invoice.attemptCount()).orElse(1L),
                new Money(due == null ? 0 : due, s.amount().currency()),
                since.plus(settings.gracePeriod())));
        return s;
    }

    private Synced actionRequired(Synced s, InvoiceFacts invoice) {
        publisher.publishEvent(new PaymentActionRequired(
                s.memberId(), s.facts().subscriptionId(), invoice.id(), invoice.hostedInvoiceUrl()));
        return s;
    }
}
