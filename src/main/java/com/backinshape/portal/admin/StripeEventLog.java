package com.backinshape.portal.admin;

import com.backinshape.portal.billing.StripeEventAdministration;
import com.backinshape.portal.billing.StripeEventAdministration.Event;
import com.backinshape.portal.billing.StripeEventAdministration.Outcome;
import com.backinshape.portal.billing.SubscriptionReconciliation;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Stripe events page: list, payload, replay and reconciliation, each look and action audited. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class StripeEventLog {

    private final StripeEventAdministration events;
    private final SubscriptionReconciliation reconciliation;
    private final AuditLog audit;

    StripeEventLog(StripeEventAdministration events, SubscriptionReconciliation reconciliation, AuditLog audit) {
        this.events = events;
        this.reconciliation = reconciliation;
        this.audit = audit;
    }

    public Slice<Event> page(@Nullable Outcome outcome, Pageable pageable) {
        return events.page(outcome, pageable);
    }

    /** The payload (it may hold a customer's email): the look is recorded. */
    @Transactional
    public String payload(long id) {
        String payload = events.payload(id);
        audit.record(AuditAction.VIEWED_STRIPE_EVENT, null, null, "Viewed on the Stripe events page", "event #" + id);
        return payload;
    }

    /**
     * Replays a failed event; answers it afterwards. Not one transaction: the replay and each repair of reconciliation
     * run in their own, and the audit entry follows what was done.
     */
    public Event replay(long id, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        Event after = events.replay(id);
        audit.record(
                AuditAction.REPLAYED_STRIPE_EVENT,
                after.memberId(),
                null,
                why,
                after.eventId() + " (" + after.type() + "): " + after.outcomeLabel());
        return after;
    }

    /** Runs reconciliation now; answers how many subscriptions were repaired. */
    public int reconcileNow(@Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        int repaired = reconciliation.reconcileNow();
        audit.record(AuditAction.RAN_RECONCILIATION, null, null, why, repaired + " repaired");
        return repaired;
    }
}
