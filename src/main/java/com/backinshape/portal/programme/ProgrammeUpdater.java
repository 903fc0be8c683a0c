package com.backinshape.portal.programme;

import com.backinshape.portal.assessment.AssessmentCompleted;
import com.backinshape.portal.assessment.CompletedAssessments;
import com.backinshape.portal.assessment.CompletedAssessments.CompletedAssessment;
import com.backinshape.portal.programme.domain.MemberProgramme;
import com.backinshape.portal.programme.domain.MemberProgrammeRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds or replaces the member's free programme when a questionnaire is completed; a red flag suspends every programme
 * instead, until a later clear questionnaire.
 *
 * <p>A synchronous listener, inside the transaction that stores the result: the result page opens with the programme
 * already there, and a red flag can never be stored while the old programme stays active (if building fails, the whole
 * finish rolls back and the member is asked to try again). Emails about the result, by contrast, belong in an
 * asynchronous {@code @ApplicationModuleListener}.
 */
@Component
class ProgrammeUpdater {

    private final CompletedAssessments assessments;
    private final FreeProgrammePlanner planner;
    private final ExerciseLibrary library;
    private final MemberProgrammeRepository programmes;
    private final Clock clock;

    ProgrammeUpdater(
            CompletedAssessments assessments,
            FreeProgrammePlanner planner,
            ExerciseLibrary library,
            MemberProgrammeRepository programmes,
            Clock clock) {
        this.assessments = assessments;
        this.planner = planner;
        this.library = library;
        this.programmes = programmes;
        this.clock = clock;
    }

    @EventListener
    void on(AssessmentCompleted event) {
        CompletedAssessment done = assessments
                .find(event.assessmentId())
                .orElseThrow(() -> new IllegalStateException("No completed assessment " + event.assessmentId()));
        ProgrammePlan plan = planner.plan(done.result(), done.answers());
        Instant now = clock.instant();
        MemberProgramme programme = programmes
                .findByMemberId(done.memberId())
                .orElseGet(() -> programmes.save(
                        new MemberProgramme(done.memberId(), plan.rulesVersion(), library.version(), now)));
        if (!done.programmeAllowed() || !plan.offered()) {
            programme.suspend(done.assessmentId(), now);
        } else {
            programme.replace(
                    done.assessmentId(),
                    plan.rulesVersion(),
                    library.version(),
                    plan.gentle(),
                    StoredPlan.exercises(plan),
                    StoredPlan.notes(plan.notes()),
                    done.answers().pain().painNow(),
                    now);
        }
    }
}
