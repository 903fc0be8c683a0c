package com.backinshape.portal.assessment;

import com.backinshape.portal.assessment.domain.AssessmentRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed questionnaires for the features that act on them (the programme builder), running as the system inside
 * event listeners. Never reachable from a view: views go through {@link AssessmentService}, which only ever shows
 * members their own answers.
 */
@Component
public class CompletedAssessments {

    /**
     * A completed questionnaire with its answers and the rules' result.
     *
     * @param programmeAllowed whether programmes may run after it, as stored: false with a warning sign, and also after
     *     a clear questionnaire while an earlier suspension still waits for the member's confirmation of a clinician's
     *     clearance
     */
    public record CompletedAssessment(
            long memberId,
            long assessmentId,
            Instant completedAt,
            AssessmentAnswers answers,
            AssessmentResult result,
            boolean programmeAllowed) {}

    private final AssessmentRepository assessments;
    private final ClinicalRules rules;
    private final SafetyHolds holds;

    CompletedAssessments(AssessmentRepository assessments, ClinicalRules rules, SafetyHolds holds) {
        this.assessments = assessments;
        this.rules = rules;
        this.holds = holds;
    }

    /** The questionnaire {@code assessmentId} if it is completed; the result is worked out again by the same rules. */
    @Transactional(readOnly = true)
    public Optional<CompletedAssessment> find(long assessmentId) {
        return assessments.findById(assessmentId).filter(a -> !a.isInProgress()).map(a -> {
            AssessmentAnswers answers = RawAnswers.toAnswers(AnswersJson.readAnswers(a.getAnswersJson()));
            return new CompletedAssessment(
                    a.getMemberId(),
                    a.requireId(),
                    Objects.requireNonNull(a.getCompletedAt()),
                    answers,
                    rules.assess(answers, holds.clearedFacts(a.getMemberId())),
                    a.isProgrammeAllowed());
        });
    }
}
