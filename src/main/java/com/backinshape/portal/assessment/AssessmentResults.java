package com.backinshape.portal.assessment;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.assessment.domain.Assessment;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import com.backinshape.portal.assessment.domain.AssessmentStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's questionnaires as the other features read them: the results as the member was told them, the
 * one in progress, and when to take it again. Taking the questionnaire is {@link AssessmentService}'s.
 */
@Service
public class AssessmentResults {

    /** A retake is suggested this long after the last completed questionnaire. */
    public static final Duration RETAKE_AFTER = Duration.ofDays(28);

    /** A completed questionnaire's result as the member was told it. */
    public record Result(
            long assessmentId,
            Instant completedAt,
            AdviceLevel adviceLevel,
            @Nullable RiskGroup riskGroup,
            @Nullable HamstringFinding hamstring,
            NextStep nextStep,
            boolean programmeAllowed,
            String advice,
            List<String> notes) {}

    /** A questionnaire started and not finished: the step the member is on (1-based) of how many. */
    public record Progress(int step, int of) {}

    /** When to take the questionnaire again. {@code suggested} once {@link #RETAKE_AFTER} has passed. */
    public record Retake(
            @Nullable Instant lastCompletedAt, @Nullable Instant suggestedFrom, boolean suggested) {}

    private final AssessmentRepository assessments;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final Questionnaire questionnaire = Questionnaire.current();

    AssessmentResults(AssessmentRepository assessments, CurrentMember currentMember, Clock clock) {
        this.assessments = assessments;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** The member's latest result, if they have completed a questionnaire. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Result> latestResult() {
        return assessments
                .findFirstByMemberIdAndStatusOrderByCompletedAtDescIdDesc(
                        currentMember.requireId(), AssessmentStatus.COMPLETED)
                .map(AssessmentResults::toResult);
    }

    /** The questionnaire the member has started and not finished, if any (nothing is created). */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Optional<Progress> inProgress() {
        return assessments
                .findFirstByMemberIdAndStatusOrderByStartedAtDescIdDesc(
                        currentMember.requireId(), AssessmentStatus.IN_PROGRESS)
                .map(a -> new Progress(
                        a.getCurrentStep() + 1, questionnaire.steps().size()));
    }

    /** The member's past results, newest first. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public List<Result> history() {
        return assessments
                .findByMemberIdAndStatusOrderByCompletedAtDescIdDesc(
                        currentMember.requireId(), AssessmentStatus.COMPLETED)
                .stream()
                .map(AssessmentResults::toResult)
                .toList();
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Retake retake() {
        return latestResult()
                .map(r -> {
                    Instant from = r.completedAt().plus(RETAKE_AFTER);
                    return new Retake(r.completedAt(), from, !clock.instant().isBefore(from));
                })
                .orElse(new Retake(null, null, false));
    }

    private static Result toResult(Assessment a) {
        return new Result(
                a.requireId(),
                Objects.requireNonNull(a.getCompletedAt()),
                Objects.requireNonNull(a.getAdviceLevel()),
                a.getRiskGroup(),
                a.getHamstringFinding(),
                Objects.requireNonNull(a.getNextStep()),
                a.isProgrammeAllowed(),
                Objects.requireNonNullElse(a.getAdviceText(), ""),
                a.getNotesJson() == null ? List.of() : AnswersJson.readNotes(a.getNotesJson()));
    }
}
