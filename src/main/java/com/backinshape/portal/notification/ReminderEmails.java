package com.backinshape.portal.notification;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.reminders.CheckInBecameDue;
import com.backinshape.portal.reminders.NudgeBecameDue;
import com.backinshape.portal.reminders.ReminderBecameDue;
import com.backinshape.portal.reminders.WinBackBecameDue;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The emails that keep members moving, all non-essential (one-click unsubscribe): the four-week check-in, the one nudge
 * after 14 quiet days, and the programme reminder the member chose: one per member and day (the key), a link straight
 * to today's programme (premium: this week's strength session), and one-click unsubscribe (List-Unsubscribe).
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
        directory
                .contact(e.memberId())
                .ifPresent(member -> outbox.enqueueUnsubscribable(
                        "reminder:" + e.memberId() + ":" + e.day(),
                        member.memberId(),
                        member.email(),
                        e.strength() ? "Your strength session for this week" : "Time for today's programme",
                        "programme-reminder",
                        Map.of(
                                "firstName",
                                member.firstName(),
                                "link",
                                app.link(e.path()),
                                "strength",
                                e.strength(),
                                "preferencesLink",
                                e.preferences()),
                        e.unsubscribe()));
    }

    @ApplicationModuleListener
    void on(CheckInBecameDue e) {
        directory
                .contact(e.memberId())
                .ifPresent(member -> outbox.enqueueUnsubscribable(
                        "check-in:" + e.memberId() + ":" + e.assessmentId(),
                        member.memberId(),
                        member.email(),
                        "Four weeks on: how is your back?",
                        "check-in",
                        Map.of(
                                "firstName",
                                member.firstName(),
                                "link",
                                app.link("/questionnaire"),
                                "preferencesLink",
                                e.preferences()),
                        e.unsubscribe()));
    }

    @ApplicationModuleListener
    void on(NudgeBecameDue e) {
        directory
                .contact(e.memberId())
                .ifPresent(member -> outbox.enqueueUnsubscribable(
                        "nudge:" + e.memberId() + ":" + e.lastActive().getEpochSecond(),
                        member.memberId(),
                        member.email(),
                        "Your programme is here when you're ready",
                        "programme-nudge",
                        Map.of(
                                "firstName",
                                member.firstName(),
                                "link",
                                app.link("/programme"),
                                "preferencesLink",
                                e.preferences()),
                        e.unsubscribe()));
    }

    @ApplicationModuleListener
    void on(WinBackBecameDue e) {
        directory
                .contact(e.memberId())
                .ifPresent(member -> outbox.enqueueUnsubscribable(
                        "win-back:" + e.subscriptionId(),
                        member.memberId(),
                        member.email(),
                        "Your programme is still here",
                        "win-back",
                        Map.of(
                                "firstName",
                                member.firstName(),
                                "link",
                                app.link("/pricing"),
                                "preferencesLink",
                                e.preferences()),
                        e.unsubscribe()));
    }
}
