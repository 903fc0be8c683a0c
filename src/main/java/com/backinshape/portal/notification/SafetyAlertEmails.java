package com.backinshape.portal.notification;

import com.backinshape.portal.assessment.EmergencyAnswerGiven;
import com.backinshape.portal.base.AppProperties;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the clinic that a member answered an emergency safety question, so staff can consider calling them. No symptoms
 * and no name in the email: only a link to the member's admin page, where health details still need a recorded reason.
 * One email per questionnaire (the outbox key). Sent to the admin address, or to the clinic's own address when none is
 * set.
 */
@Component
class SafetyAlertEmails {

    private final EmailOutbox outbox;
    private final AppProperties app;
    private final AlertProperties alerts;

    SafetyAlertEmails(EmailOutbox outbox, AppProperties app, AlertProperties alerts) {
        this.outbox = outbox;
        this.app = app;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(EmergencyAnswerGiven e) {
        String to = alerts.emailOrBlank().isBlank() ? app.clinic().email() : alerts.emailOrBlank();
        outbox.enqueue(
                "emergency-alert:" + e.assessmentId(),
                null,
                to,
                "A member answered an emergency safety question",
                "clinic-emergency-alert",
                Map.of("link", app.link("/admin/members/" + e.memberId())));
    }
}
