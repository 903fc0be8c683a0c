package com.backinshape.portal.notification;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.reminders.ReminderBecameDue;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The programme reminder the member chose: one per member and day (the key), a link straight to today's
 * programme (premium: this week's strength session), and one-click unsubscribe (List-Unsubscribe).
 */
@Component
class ReminderEmails {

    private final EmailOutbox outbox;
    private final MemberDirectory directory;
    private final AppProperties app;

    ReminderEmails(EmailOutbox outbox, MemberDirectory directory, AppProperties app) {
        this.outbox = outbox;
        this.directory = directory;
        this.app = app;
    }

    @ApplicationModuleListener
    void on(ReminderBecameDue e) {
        directory.contact(e.memberId()).ifPresent(member -> outbox.enqueueUnsubscribable(
                "reminder:" + e.memberId() + ":" + e.day(), member.memberId(), member.email(),
                e.strength() ? "Your strength session for this week" : "Time for today's programme", "programme-reminder",
                Map.of("firstName", member.firstName(), "link", app.link(e.path()), "strength", e.strength(),
                        "preferencesLink", e.preferences()),
                e.unsubscribe()));
    }
}
