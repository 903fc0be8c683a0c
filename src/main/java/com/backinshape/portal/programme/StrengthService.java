package com.backinshape.portal.programme;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ProgrammeService.SessionEntry;
import com.backinshape.portal.programme.StrengthRules.Position;
import com.backinshape.portal.programme.domain.StrengthProgress;
import com.backinshape.portal.programme.domain.StrengthProgressRepository;
import com.backinshape.portal.programme.domain.StrengthSession;
import com.backinshape.portal.programme.domain.StrengthSessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's premium strength programme: this week's session, the session log and the progression rules.
 * Asks {@link PremiumAccess} on every call (a free member is refused, whatever the page shows) and
 * {@link StrengthSafety} (screening, suspension, pauses) before offering or logging any exercise.
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
    private final StrengthSafety safety;
    private final StrengthProgressRepository progress;
    private final StrengthSessionRepository sessions;
    private final StrengthPlan plan;
    private final ExerciseLibrary library;
    private final CurrentMember currentMember;
    private final Clock clock;

    StrengthService(
            PremiumAccess access,
            StrengthSafety safety,
            StrengthProgressRepository progress,
            StrengthSessionRepository sessions,
            StrengthPlan plan,
            ExerciseLibrary library,
            CurrentMember currentMember,
            Clock clock) {
        this.access = access;
        this.safety = safety;
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

    /** @throws AccessDeniedException when the member does not have Premium */
    @Transactional(readOnly = true)
    public ThisWeek thisWeek() {
        long memberId = requirePremium();
        var row = progress.findByMemberId(memberId);
        Position at = positionOf(row.orElse(null));
        StrengthPlan.Phase phase = plan.phaseOf(at.week());
        State state = safety.state(memberId);
        if (state != State.ACTIVE) {
            String pauseAdvice = state == State.PAUSED ? StrengthSafety.pauseAdvice(row.orElseThrow()) : null;
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
        StrengthSafety.Screening screening = safety.screening().orElseThrow();
        List<String> excluded = safety.excluded(screening, row.orElse(null));
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
                screening.highRisk() ? StrengthSafety.HIGH_RISK_REASSURANCE : null,
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
        progressOf(memberId, clock.instant()).clearedByClinician(clock.instant());
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
        String refusal = StrengthSafety.refusal(safety.state(memberId));
        if (refusal != null) {
            errors.reject(InvalidInputException.FORM, refusal);
        }
        errors.throwIfAny();
        StrengthSafety.Screening screening = safety.screening().orElseThrow();
        Instant now = clock.instant();
        StrengthProgress row = progressOf(memberId, now);
        Position at = positionOf(row);
        StrengthPlan.Rules rules = plan.rules();
        Integer usual = StrengthRules.usualPain(
                screening.painNow(),
                sessions
                        .findByMemberIdOrderByLoggedAtAscIdAsc(memberId, Limit.of(rules.usualPainFirstSessions()))
                        .stream()
                        .map(StrengthSession::getPain)
                        .toList());
        boolean advancedToday = row.getLastAdvancedAt() != null
                && LocalDate.ofInstant(row.getLastAdvancedAt(), TimeConfig.LONDON)
                        .equals(LocalDate.ofInstant(now, TimeConfig.LONDON));
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
            message += " " + StrengthSafety.HIGH_PAIN_ADVICE;
        }
        String shown = safety.pauseAfter(
                        memberId, row, change == Change.STEP_BACK, Boolean.TRUE.equals(newLegSymptoms), now)
                .orElse(message);
        return new Logged(change, next.week(), shown);
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

    /** The member's progress, started at week 1 when this is their first strength session or check. */
    private StrengthProgress progressOf(long memberId, Instant now) {
        return progress.findByMemberId(memberId)
                .orElseGet(() -> progress.save(new StrengthProgress(memberId, plan.id(), plan.version(), now)));
    }

    private static Position positionOf(@Nullable StrengthProgress row) {
        return row == null
                ? new Position(1, 0, 0, false)
                : new Position(row.getWeek(), row.getAboutRight(), row.getTooEasy(), row.isCompleted());
    }
}
