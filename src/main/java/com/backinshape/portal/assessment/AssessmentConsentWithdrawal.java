package com.backinshape.portal.assessment;

import com.backinshape.portal.account.AccountEvents.HealthConsentWithdrawn;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Consent withdrawn: every questionnaire (answers and results) is deleted, in the withdrawing transaction. */
@Component
class AssessmentConsentWithdrawal {

    private final AssessmentRepository assessments;

    AssessmentConsentWithdrawal(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @EventListener
    void on(HealthConsentWithdrawn e) {
        assessments.deleteByMember(e.memberId());
    }
}
