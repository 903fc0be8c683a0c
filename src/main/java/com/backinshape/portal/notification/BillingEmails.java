package com.backinshape.portal.notification;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.account.MemberDirectory.Contact;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.BillingEvents.CancellationScheduled;
import com.backinshape.portal.billing.BillingEvents.CancellationUndone;
import com.backinshape.portal.billing.BillingEvents.PaymentActionRequired;
import com.backinshape.portal.billing.BillingEvents.PaymentFailed;
import com.backinshape.portal.billing.BillingEvents.SubscriptionEnded;
import com.backinshape.portal.billing.BillingEvents.SubscriptionStarted;
import com.backinshape.portal.billing.BillingEvents.TrialEnding;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Billing's emails, one per real change billing reports in its events: each key names the subscription and the change,
 * so however many Stripe events report a change (and however often), the outbox holds one email for it.
 */
@Component
class BillingEmails {

    private final EmailOutbox outbox;
    private final MemberDirectory directory;
    private final AppProperties app;
    private final String adminEmail;

    BillingEmails(EmailOutbox outbox, MemberDirectory directory, AppProperties app, AlertProperties alerts) {
        this.outbox = outbox;
        this.directory = directory;
        this.app = app;
        this.adminEmail = alerts.emailOrBlank();
    }

    @ApplicationModuleListener
    void on(SubscriptionStarted e) {
        directory.contact(e.memberId()).ifPresent(c -> {
            Map<String, Object> model = model(c, "link", app.link("/strength"));
            model.put("billingLink", app.link("/billing"));
            model.put("tierName", e.tier().label());
            model.put("amount", e.amount().format());
            model.put("periodUnit", e.period().unit());
            model.put("trialEnd", date(e.trialEnd()));
            model.put("nextRenewal", date(e.nextRenewal()));
            send(
                    "upgrade-confirmed:" + e.subscriptionId(),
                    c,
                    "Your " + e.tier().label() + " membership is confirmed",
                    "upgrade-confirmed",
                    model);
            model.put("memberName", c.firstName());
            model.put("memberEmail", c.email());
            model.put("memberId", c.memberId());
            if (!adminEmail.isBlank()) {
                outbox.enqueue(
                        "admin-new-premium:" + e.subscriptionId(),
                        c.memberId(),
                        adminEmail,
                        "New " + e.tier().label() + " member",
                        "admin-new-premium",
                        model);
            }
        });
    }

    @ApplicationModuleListener
    void on(TrialEnding e) {
        directory.contact(e.memberId()).ifPresent(c -> {
            Map<String, Object> model = model(c, "link", app.link("/billing"));
            model.put("trialEnd", date(e.trialEnd()));
            model.put("amount", e.amount().format());
            send(
                    "trial-ending:" + e.subscriptionId() + ":" + e.trialEnd().getEpochSecond(),
                    c,
                    "Your free trial ends soon",
                    "trial-ending",
                    model);
        });
    }

    @ApplicationModuleListener
    void on(PaymentFailed e) {
        directory.contact(e.memberId()).ifPresent(c -> {
            Map<String, Object> model = model(c, "link", app.link("/billing"));
            model.put("amount", e.amountDue().format());
            model.put("accessUntil", date(e.accessUntil()));
            send(
                    "payment-failed:" + e.subscriptionId() + ":" + e.invoiceId() + ":" + e.attempt(),
                    c,
                    "Your payment did not go through",
                    "payment-failed",
                    model);
        });
    }

    @ApplicationModuleListener
    void on(PaymentActionRequired e) {
        directory
                .contact(e.memberId())
                .ifPresent(c -> send(
                        "payment-action:" + e.subscriptionId() + ":" + e.invoiceId(),
                        c,
                        "Please confirm your payment",
                        "payment-action-required",
                        model(c, "link", e.invoiceUrl() != null ? e.invoiceUrl() : app.link("/billing"))));
    }

    @ApplicationModuleListener
    void on(CancellationScheduled e) {
        directory.contact(e.memberId()).ifPresent(c -> {
            Map<String, Object> model = model(c, "link", app.link("/billing"));
            model.put("accessUntil", date(e.accessUntil()));
            send(
                    "cancel-scheduled:" + e.subscriptionId() + ":" + e.changeId(),
                    c,
                    "Your subscription is cancelled",
                    "cancellation-scheduled",
                    model);
        });
    }

    @ApplicationModuleListener
    void on(CancellationUndone e) {
        directory.contact(e.memberId()).ifPresent(c -> {
            Map<String, Object> model = model(c, "link", app.link("/billing"));
            model.put("nextRenewal", date(e.nextRenewal()));
            model.put("amount", e.amount().format());
            send(
                    "resumed:" + e.subscriptionId() + ":" + e.changeId(),
                    c,
                    "Your subscription continues",
                    "subscription-resumed",
                    model);
        });
    }

    @ApplicationModuleListener
    void on(SubscriptionEnded e) {
        directory
                .contact(e.memberId())
                .ifPresent(c -> send(
                        "ended:" + e.subscriptionId(),
                        c,
                        "Your paid membership has ended",
                        "subscription-ended",
                        model(c, "link", app.link("/pricing"))));
    }

    private void send(String key, Contact c, String subject, String template, Map<String, Object> model) {
        outbox.enqueue(key, c.memberId(), c.email(), subject, template, model);
    }

    private static Map<String, Object> model(Contact c, String linkName, String link) {
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", c.firstName());
        model.put(linkName, link);
        return model;
    }

    private static @Nullable String date(@Nullable Instant instant) {
        return instant == null ? null : TimeConfig.DATE.format(instant);
    }
}
