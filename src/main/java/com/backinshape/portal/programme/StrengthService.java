package com.backinshape.portal.programme;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.CompletedAssessments;
import com.backinshape.portal.assessment.InvalidAnswersException;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ProgrammeService.SessionEntry;
import com.backinshape.portal.programme.StrengthRules.Position;
import com.backinshape.portal.programme.domain.StrengthProgress;
import com.backinshape.portal.programme.domain.StrengthProgressRepository;
import com.backinshape.portal.programme.domain.StrengthSession;
import com.backinshape.portal.programme.domain.StrengthSessionRepository;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's premium strength programme: this week's session, the session log and the progression rules.
 * Asks {@link PremiumAccess} on every call (a free member is refused, whatever the page shows) and
 * {@link ProgrammeSuspension} before offering any exercise.
 */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class StrengthService {

    /**
     * NOT_SCREENED: no questionnaire yet, so no red-flag screening: strength work waits for one. CHECK_IN_DUE: the
     * latest questionnaire is older than the plan's check-in interval (12 weeks). PAUSED: repeated step-backs or new
     * leg symptoms: see a clinician first.
     */
    public enum State {
        NOT_SCREENED,
        SUSPENDED,
        CHECK_IN_DUE,
        PAUSED,
        ACTIVE
    }

    public enum Change {
        STAY,
        ADVANCE,
        STEP_BACK
    }

    /** What a free member may see: names and what the programme gives, no doses or steps. */
    public record Preview(boolean unlocked, String name, String summary, int weeks, List<PhasePreview> phases) {}

    public record PhasePreview(int number, String name, String focus, List<String> exerciseNames) {}

    /**
     * This week's session; {@code exercises} is empty unless {@code state} is ACTIVE.
     *
     * @param leftOut names of this week's exercises left out until a clinician has checked a nerve sign or acute pain
     *     (the member can record that check)
     * @param reassurance shown to members at higher risk of a slow recovery; null otherwise
     * @param pauseAdvice why the programme is paused and what to do (state PAUSED); null otherwise
     */
    public record ThisWeek(
            State state,
            String programme,
            int phase,
            String phaseName,
            String phaseFocus,
            int week,
            int totalWeeks,
            boolean completed,
            List<PlannedExercise> exercises,
            String nextTime,
            List<String> leftOut,
            @Nullable String reassurance,
            @Nullable String pauseAdvice) {}

    /** What logging a session did, in the member's words. */
    public record Logged(Change change, int week, String message) {}

    private final PremiumAccess access;
    private final ProgrammeSuspension suspension;
    private final StrengthProgressRepository progress;
    private final StrengthSessionRepository sessions;
    private final StrengthPlan plan;
    private final ExerciseLibrary library;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final AssessmentService assessments;
    private final CompletedAssessments completed;
    private final FreeProgrammePlanner planner;

    StrengthService(
            PremiumAccess access,
            ProgrammeSuspension suspension,
            StrengthProgressRepository progress,
            StrengthSessionRepository sessions,
            StrengthPlan plan,
            ExerciseLibrary library,
            CurrentMember currentMember,
            Clock clock,
            AssessmentService assessments,
            CompletedAssessments completed,
            FreeProgrammePlanner planner) {
        this.assessments = assessments;
        this.completed = completed;
        this.planner = planner;
        this.access = access;
        this.suspension = suspension;
        this.progress = progress;
        this.sessions = sessions;
        this.plan = plan;
        this.library = library;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** Open to every member: whether they have Premium, and what the programme gives. */
    @Transactional(readOnly = true)
    public Preview preview() {
        boolean unlocked = access.has(currentMember.requireId(), Tier.PREMIUM);
        var phases = plan.phases().stream()
                .map(p -> new PhasePreview(
                        p.number(),
                        p.name(),
                        p.focus(),
                        p.weeks().stream()
                                .flatMap(w -> w.exercises().stream())
                                .map(e -> library.get(e.exercise()).name())
                                .distinct()
                                .toList()))
                .toList();
        return new Preview(unlocked, plan.name(), plan.summary(), plan.totalWeeks(), phases);
    }

    static final String HIGH_RISK_REASSURANCE = "Moving and getting stronger is safe for your back, even when it "
            + "hurts a little. We'll build up more slowly for you: 3 sessions that feel about right before each step up.";
    static final String STEP_BACK_PAUSE = "Your programme is paused: it has had to step back twice in two weeks. "
            + "Please see a doctor or physiotherapist before carrying on; once they have said it's OK, record it below.";
    static final String LEG_SYMPTOMS_PAUSE =
            "Your programme is paused because you noticed new pain, tingling or numbness "
                    + "in your legs. Please get this checked by a doctor or physiotherapist before carrying on, and record it "
                    + "below once they have said it's OK. Go to A&E or call 999 straight away if it is in both legs, or comes "
                    + "with numbness around your bottom or genitals or bladder or bowel problems.";

    /** What the latest questionnaire says for strength training. */
    private record Screening(
            java.time.Instant completedAt,
            boolean nerveSignOrAcutePain,
            boolean highRisk,
            @Nullable Integer painNow) {}

    /** @throws AccessDeniedException when the member does not have Premium */
    @Transactional(readOnly = true)
    public ThisWeek thisWeek() {
        long memberId = requirePremium();
        Position at = position(memberId);
        StrengthPlan.Phase phase = plan.phaseOf(at.week());
        State state = state(memberId);
        var row = progress.findByMemberId(memberId);
        if (state != State.ACTIVE) {
            String pauseAdvice = state == State.PAUSED ? pauseAdvice(row.orElseThrow()) : null;
            return new ThisWeek(
                    state,
                    plan.name(),
                    phase.number(),
                    phase.name(),
                    phase.focus(),
                    at.week(),
                    plan.totalWeeks(),
                    at.completed(),
                    List.of(),
                    "",
                    List.of(),
                    null,
                    pauseAdvice);
        }
        Screening screening = screening().orElseThrow();
        List<String> excluded = excluded(screening, row.orElse(null));
        var exercises = plan.planned(at.week(), library).stream()
                .filter(p -> !excluded.contains(p.exercise().id()))
                .toList();
        var leftOut = plan.planned(at.week(), library).stream()
                .filter(p -> excluded.contains(p.exercise().id()))
                .map(p -> p.exercise().name())
                .toList();
        return new ThisWeek(
                State.ACTIVE,
                plan.name(),
                phase.number(),
                phase.name(),
                phase.focus(),
                at.week(),
                plan.totalWeeks(),
                at.completed(),
                exercises,
                StrengthRules.nextTime(plan.rules(), plan.totalWeeks(), at),
                leftOut,
                screening.highRisk() ? HIGH_RISK_REASSURANCE : null,
                null);
    }

    /**
     * The member records that a doctor or physiotherapist has checked them and said these exercises are OK: lifts a
     * pause, and lets a member with a nerve sign or acute pain do the hinges and hamstring curls.
     *
     * @throws AccessDeniedException when the member does not have Premium
     */
    @Transactional
    public void confirmClinicianCheck() {
        long memberId = requirePremium();
        StrengthProgress row = progress.findByMemberId(memberId)
                .orElseGet(() ->
                        progress.save(new StrengthProgress(memberId, plan.id(), plan.version(), clock.instant())));
        row.clearedByClinician(clock.instant());
    }

    /**
     * Logs one strength session and applies the progression rules.
     *
     * @param newLegSymptoms the answer to "Any new pain, tingling or numbness in your legs?"; yes pauses the programme
     * @throws AccessDeniedException when the member does not have Premium
     * @throws InvalidInputException "pain", "feedback", "note", "legSymptoms", or "form" while the programme is not
     *     active
     */
    @Transactional
    public Logged log(SessionEntry entry, @Nullable Boolean newLegSymptoms) {
        long memberId = requirePremium();
        var errors = new InvalidInputException.Collector();
        entry.check(errors);
        if (newLegSymptoms == null) {
            errors.reject("legSymptoms", "Answer yes or no.");
        }
        Integer pain = entry.pain();
        SessionFeedback feedback = entry.feedback();
        String note = entry.cleanNote();
        switch (state(memberId)) {
            case NOT_SCREENED ->
                errors.reject(
                        InvalidInputException.FORM,
                        "Please answer the back-pain questionnaire "
                                + "first, so we can check strength training is safe for you.");
            case SUSPENDED ->
                errors.reject(
                        InvalidInputException.FORM,
                        "Your programmes are paused: please follow the " + "advice on your results page first.");
            case CHECK_IN_DUE ->
                errors.reject(
                        InvalidInputException.FORM,
                        "It's time for a check-in: please take the "
                                + "questionnaire again before your next strength session.");
            case PAUSED ->
                errors.reject(
                        InvalidInputException.FORM,
                        "Your strength programme is paused: please see a " + "doctor or physiotherapist first.");
            case ACTIVE -> {}
        }
        errors.throwIfAny();
        Screening screening = screening().orElseThrow();
        java.time.Instant now = clock.instant();
        StrengthProgress row = progress.findByMemberId(memberId)
                .orElseGet(() -> progress.save(new StrengthProgress(memberId, plan.id(), plan.version(), now)));
        Position at = new Position(row.getWeek(), row.getAboutRight(), row.getTooEasy(), row.isCompleted());
        StrengthPlan.Rules rules = plan.rules();
        Integer usual = StrengthRules.usualPain(
                screening.painNow(),
                sessions
                        .findByMemberIdOrderByLoggedAtAscIdAsc(
                                memberId, org.springframework.data.domain.Limit.of(rules.usualPainFirstSessions()))
                        .stream()
                        .map(StrengthSession::getPain)
                        .toList());
        boolean advancedToday = row.getLastAdvancedAt() != null
                && row.getLastAdvancedAt()
                        .atZone(com.backinshape.portal.base.TimeConfig.LONDON)
                        .toLocalDate()
                        .equals(now.atZone(com.backinshape.portal.base.TimeConfig.LONDON)
                                .toLocalDate());
        var outcome = StrengthRules.apply(
                rules, plan.totalWeeks(), at, entry.done(), pain, feedback, usual, advancedToday, screening.highRisk());
        Position next = outcome.next();
        row.moveTo(next.week(), next.aboutRight(), next.tooEasy(), next.completed(), now);
        sessions.save(new StrengthSession(
                memberId,
                plan.id(),
                at.week(),
                now,
                entry.done(),
                pain,
                feedback,
                note,
                outcome.change().name()));
        Change change = Change.valueOf(outcome.change().name());
        if (change == Change.ADVANCE) {
            row.advancedAt(now);
        }
        String message = LoggedSessions.counts(entry.done())
                ? message(change, at.week(), next)
                : LoggedSessions.NOT_COUNTED
                        + (change == Change.STEP_BACK
                                ? " " + message(change, at.week(), next).replace("Session saved. ", "")
                                : "");
        if (pain >= rules.painAlwaysStepsBack()) {
            message += " Your pain was high after this session: take it easy for a day or two, and if it doesn't "
                    + "settle, see a doctor or physiotherapist.";
        }
        if (Boolean.TRUE.equals(newLegSymptoms)) {
            row.pause(LEG_SYMPTOMS, now);
            return new Logged(change, next.week(), LEG_SYMPTOMS_PAUSE);
        }
        if (change == Change.STEP_BACK
                && sessions.countByMemberIdAndOutcomeAndLoggedAtAfter(
                                memberId,
                                Change.STEP_BACK.name(),
                                now.minus(java.time.Duration.ofDays(rules.stepBackPauseDays())))
                        >= rules.stepBacksToPause()) {
            row.pause(REPEATED_STEP_BACKS, now);
            return new Logged(change, next.week(), STEP_BACK_PAUSE);
        }
        return new Logged(change, next.week(), message);
    }

    static final String LEG_SYMPTOMS = "NEW_LEG_SYMPTOMS";
    static final String REPEATED_STEP_BACKS = "REPEATED_STEP_BACKS";

    private static String pauseAdvice(StrengthProgress row) {
        return LEG_SYMPTOMS.equals(row.getPauseReason()) ? LEG_SYMPTOMS_PAUSE : STEP_BACK_PAUSE;
    }

    private State state(long memberId) {
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
                        .plus(java.time.Duration.ofDays(7L * plan.rules().checkInWithinWeeks()))
                        .isBefore(clock.instant())) {
            return State.CHECK_IN_DUE;
        }
        return progress.findByMemberId(memberId)
                        .filter(p -> p.getPausedAt() != null)
                        .isPresent()
                ? State.PAUSED
                : State.ACTIVE;
    }

    /**
     * Exercises left out for a nerve sign or acute pain, unless a clinician's check was recorded after the
     * questionnaire.
     */
    private List<String> excluded(Screening screening, @Nullable StrengthProgress row) {
        boolean cleared = row != null
                && row.getClinicianClearedAt() != null
                && !row.getClinicianClearedAt().isBefore(screening.completedAt());
        return screening.nerveSignOrAcutePain() && !cleared
                ? plan.rules().needClearanceWithNerveSignOrAcutePain()
                : List.of();
    }

    /** The latest questionnaire, read for strength training; empty when none, or one from before questionnaire v2. */
    private java.util.Optional<Screening> screening() {
        return assessments.latestResult().flatMap(r -> {
            try {
                return completed.find(r.assessmentId()).map(done -> {
                    var conditions = done.result().programmeAllowed()
                            ? planner.conditions(done.result(), done.answers())
                            : java.util.Set.<ProfileCondition>of();
                    return new Screening(
                            done.completedAt(),
                            conditions.contains(ProfileCondition.NERVE_SIGN)
                                    || conditions.contains(ProfileCondition.ACUTE_PAIN),
                            conditions.contains(ProfileCondition.HIGH_RISK),
                            done.answers().pain().painNow());
                });
            } catch (InvalidAnswersException olderQuestionnaire) {
                return java.util.Optional.empty();
            }
        });
    }

    private static String message(Change change, int from, Position next) {
        return switch (change) {
            case ADVANCE ->
                next.week() == from
                        ? "Well done: you have completed the programme. Keep up this week's "
                                + "session to hold on to your strength."
                        : "Well done: you move on to week " + next.week() + ".";
            case STEP_BACK ->
                next.week() == from
                        ? "Session saved. We'll stay on week " + from + " and take it steadily."
                        : "Session saved. We'll go back to week " + next.week() + " to let your back settle.";
            case STAY -> "Session saved.";
        };
    }

    private long requirePremium() {
        long memberId = currentMember.requireId();
        if (!access.has(memberId, Tier.PREMIUM)) {
            throw new AccessDeniedException("Strength programmes are part of Premium");
        }
        return memberId;
    }

    private Position position(long memberId) {
        return progress.findByMemberId(memberId)
                .map(p -> new Position(p.getWeek(), p.getAboutRight(), p.getTooEasy(), p.isCompleted()))
                .orElse(new Position(1, 0, 0, false));
    }
}
