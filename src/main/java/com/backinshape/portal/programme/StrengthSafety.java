package com.backinshape.portal.programme;

import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.assessment.CompletedAssessments;
import com.backinshape.portal.assessment.InvalidAnswersException;
import com.backinshape.portal.programme.StrengthService.State;
import com.backinshape.portal.programme.domain.StrengthProgress;
import com.backinshape.portal.programme.domain.StrengthProgressRepository;
import com.backinshape.portal.programme.domain.StrengthSessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in member may train with the strength programme now, and what is left out: the screening by the
 * latest questionnaire (docs/clinical-rules.md, section 8, "Before any session"), the programme's suspension by a red
 * flag, the pauses and their wording. {@link StrengthService} asks it before showing or logging a session.
 */
@Component
class StrengthSafety {

    static final String HIGH_RISK_REASSURANCE = "Moving and getting stronger is safe for your back, even when it "
            + "hurts a little. We'll build up more slowly for you: 3 sessions that feel about right before each step up.";
    static final String STEP_BACK_PAUSE = "Your programme is paused: it has had to step back twice in two weeks. "
            + "Please see a doctor or physiotherapist before carrying on; once they have said it's OK, record it below.";
    static final String LEG_SYMPTOMS_PAUSE =
            "Your programme is paused because you noticed new pain, tingling or numbness "
                    + "in your legs. Please get this checked by a doctor or physiotherapist before carrying on, and record it "
                    + "below once they have said it's OK. Go to A&E or call 999 straight away if it is in both legs, or comes "
                    + "with numbness around your bottom or genitals or bladder or bowel problems.";

    static final String HIGH_PAIN_ADVICE = "Your pain was high after this session: take it easy for a day or two, and "
            + "if it doesn't settle, see a doctor or physiotherapist.";

    /** Why a programme was paused, as stored on the member's progress. */
    static final String LEG_SYMPTOMS = "NEW_LEG_SYMPTOMS";

    static final String REPEATED_STEP_BACKS = "REPEATED_STEP_BACKS";

    /** What the latest questionnaire says for strength training. */
    record Screening(
            Instant completedAt,
            boolean nerveSignOrAcutePain,
            boolean highRisk,
            @Nullable Integer painNow) {}

    private final ProgrammeSuspension suspension;
    private final StrengthProgressRepository progress;
    private final StrengthSessionRepository sessions;
    private final StrengthPlan plan;
    private final AssessmentResults assessments;
    private final CompletedAssessments completed;
    private final FreeProgrammePlanner planner;
    private final Clock clock;

    StrengthSafety(
            ProgrammeSuspension suspension,
            StrengthProgressRepository progress,
            StrengthSessionRepository sessions,
            StrengthPlan plan,
            AssessmentResults assessments,
            CompletedAssessments completed,
            FreeProgrammePlanner planner,
            Clock clock) {
        this.suspension = suspension;
        this.progress = progress;
        this.sessions = sessions;
        this.plan = plan;
        this.assessments = assessments;
        this.completed = completed;
        this.planner = planner;
        this.clock = clock;
    }

    State state(long memberId) {
        if (!suspension.isScreened(memberId)) {
            return State.NOT_SCREENED;
        }
        if (suspension.isSuspended(memberId)) {
            return State.SUSPENDED;
        }
        var screening = screening();
        if (screening.isEmpty()
                || screening
                        .get()
                        .completedAt()
                        .plus(Duration.ofDays(7L * plan.rules().checkInWithinWeeks()))
                        .isBefore(clock.instant())) {
            return State.CHECK_IN_DUE;
        }
        return progress.findByMemberId(memberId)
                        .filter(p -> p.getPausedAt() != null)
                        .isPresent()
                ? State.PAUSED
                : State.ACTIVE;
    }

    /** Why no session can be logged in {@code state}, in the member's words; null when it is ACTIVE. */
    static @Nullable String refusal(State state) {
        return switch (state) {
            case NOT_SCREENED ->
                "Please answer the back-pain questionnaire first, so we can check strength training is safe for you.";
            case SUSPENDED -> "Your programmes are paused: please follow the advice on your results page first.";
            case CHECK_IN_DUE ->
                "It's time for a check-in: please take the questionnaire again before your next strength session.";
            case PAUSED -> "Your strength programme is paused: please see a doctor or physiotherapist first.";
            case ACTIVE -> null;
        };
    }

    /**
     * After a logged session (already saved): pauses the programme for new leg symptoms, or for repeated step-backs
     * within the plan's days; answers the advice to show then, empty when the programme goes on.
     */
    Optional<String> pauseAfter(
            long memberId, StrengthProgress row, boolean steppedBack, boolean newLegSymptoms, Instant now) {
        if (newLegSymptoms) {
            row.pause(LEG_SYMPTOMS, now);
            return Optional.of(LEG_SYMPTOMS_PAUSE);
        }
        StrengthPlan.Rules rules = plan.rules();
        if (steppedBack
                && sessions.countByMemberIdAndOutcomeAndLoggedAtAfter(
                                memberId,
                                StrengthService.Change.STEP_BACK.name(),
                                now.minus(Duration.ofDays(rules.stepBackPauseDays())))
                        >= rules.stepBacksToPause()) {
            row.pause(REPEATED_STEP_BACKS, now);
            return Optional.of(STEP_BACK_PAUSE);
        }
        return Optional.empty();
    }

    static String pauseAdvice(StrengthProgress row) {
        return LEG_SYMPTOMS.equals(row.getPauseReason()) ? LEG_SYMPTOMS_PAUSE : STEP_BACK_PAUSE;
    }

    /**
     * Exercises left out for a nerve sign or acute pain, unless a clinician's check was recorded after the
     * questionnaire.
     */
    List<String> excluded(Screening screening, @Nullable StrengthProgress row) {
        boolean cleared = row != null
                && row.getClinicianClearedAt() != null
                && !row.getClinicianClearedAt().isBefore(screening.completedAt());
        return screening.nerveSignOrAcutePain() && !cleared
                ? plan.rules().needClearanceWithNerveSignOrAcutePain()
                : List.of();
    }

    /** The latest questionnaire, read for strength training; empty when none, or one from before questionnaire v2. */
    Optional<Screening> screening() {
        return assessments.latestResult().flatMap(r -> {
            try {
                return completed.find(r.assessmentId()).map(done -> {
                    var conditions = done.result().programmeAllowed()
                            ? planner.conditions(done.result(), done.answers())
                            : Set.<ProfileCondition>of();
                    return new Screening(
                            done.completedAt(),
                            conditions.contains(ProfileCondition.NERVE_SIGN)
                                    || conditions.contains(ProfileCondition.ACUTE_PAIN),
                            conditions.contains(ProfileCondition.HIGH_RISK),
                            done.answers().pain().painNow());
                });
            } catch (InvalidAnswersException olderQuestionnaire) {
                return Optional.empty();
            }
        });
    }
}
