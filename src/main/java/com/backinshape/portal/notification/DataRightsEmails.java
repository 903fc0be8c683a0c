package com.backinshape.portal.notification;

import com.backinshape.portal.account.AccountEvents.AccountClosing;
import com.backinshape.portal.account.AccountEvents.HealthConsentWithdrawn;
import com.backinshape.portal.account.HealthConsent;
import com.backinshape.portal.base.AppProperties;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Confirmations of a member's data-rights requests; what was deleted is named, never any health data. */
@Component
class DataRightsEmails {

    private final EmailOutbox outbox;
    private final AppProperties app;

    DataRightsEmails(EmailOutbox outbox, AppProperties app) {
        this.outbox = outbox;
        this.app = app;
    }

    @ApplicationModuleListener
    void on(HealthConsentWithdrawn e) {
        outbox.enqueue(
                "consent-withdrawn:" + e.memberId() + ":" + e.at().toEpochMilli(),
                e.memberId(),
                e.email(),
                "You withdrew consent to use your health information",
                "consent-withdrawn",
                Map.of(
                        "firstName",
                        e.firstName(),
                        "stillWorks",
                        HealthConsent.STILL_WORKS,
                        "link",
                        app.link("/account")));
    }

    /**
     * Recorded in the closing transaction, before the erasure (an asynchronous listener would find the address gone);
     * the outbox keeps it until delivered, then forgets address and content.
     */
    @EventListener
    void on(AccountClosing e) {
        outbox.enqueue(
                "account-closed:" + e.memberId(),
                e.memberId(),
                e.email(),
                "Your account is closed",
                "account-closed",
                Map.of("firstName", e.firstName()));
    }
}
