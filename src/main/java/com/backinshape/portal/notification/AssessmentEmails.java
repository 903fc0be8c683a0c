package com.backinshape.portal.notification;

import com.backinshape.portal.account.MemberDirectory;
import com.backinshape.portal.assessment.AssessmentCompleted;
import com.backinshape.portal.base.AppProperties;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Your results are ready": a link to the results page and nothing else, whatever the outcome (health information never
 * goes into an email).
 */
@Component
class AssessmentEmails {

    private final EmailOutbox outbox;
    private final MemberDirectory directory;
    private final AppProperties app;

    AssessmentEmails(EmailOutbox outbox, MemberDirectory directory, AppProperties app) {
        this.outbox = outbox;
        this.directory = directory;
        this.app = app;
    }

    @ApplicationModuleListener
    void on(AssessmentCompleted e) {
        directory
                .contact(e.memberId())
                .ifPresent(member -> outbox.enqueue(
                        "assessment-completed:" + e.assessmentId(),
                        member.memberId(),
                        member.email(),
                        "Your questionnaire results are ready",
                        "results-ready",
                        Map.of("firstName", member.firstName(), "link", app.link("/results"))));
    }
}
