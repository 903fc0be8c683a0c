package com.backinshape.portal.programme;

import com.backinshape.portal.account.CurrentMember;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in member's premium strength programme: this week's session, the session log and the
 * progression rules. Asks {@link PremiumAccess} on every call (a free member is refused, whatever the
 * page shows) and {@link ProgrammeSuspension} before offering any exercise.
 */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class StrengthService {

    /** NOT_SCREENED: no questionnaire yet, so no red-flag screening: strength work waits for one. */
    public enum State { NOT_SCREENED, SUSPENDED, ACTIVE }

    public enum Change { STAY, ADVANCE, STEP_BACK }

    /** What a free member may see: names and what the programme gives, no doses or steps. */
    public record Preview(boolean unlocked, String name, String summary, int weeks, List<PhasePreview> phases) {
    }

    public record PhasePreview(int number, String name, String focus, List<String> exerciseNames) {
    }

    /** This week's session; {@code exercises} is empty unless {@code state} is ACTIVE. */
    public record ThisWeek(State state, String programme, int phase, String phaseName, String phaseFocus, int week,
                           int totalWeeks, boolean completed, List<PlannedExercise> exercises, String nextTime) {
    }

    /** What logging a session did, in the member's words. */
    public record Logged(Change change, int week, String message) {
    }

    private final PremiumAccess access;
    private final ProgrammeSuspension suspension;
    private final StrengthProgressRepository progress;
    private final StrengthSessionRepository sessions;
    private final StrengthPlan plan;
    private final ExerciseLibrary library;
    private final CurrentMember currentMember;
    private final Clock clock;

    StrengthService(PremiumAccess access, ProgrammeSuspension suspension, StrengthProgressRepository progress,
                    StrengthSessionRepository sessions, StrengthPlan plan, ExerciseLibrary library,
                    CurrentMember currentMember, Clock clock) {
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
        var phases = plan.phases().stream().map(p -> new PhasePreview(p.number(), p.name(), p.focus(),
                p.weeks().stream().flatMap(w -> w.exercises().stream()).map(e -> library.get(e.exercise()).name())
                        .distinct().toList())).toList();
        return new Preview(unlocked, plan.name(), plan.summary(), plan.totalWeeks(), phases);
    }

    /** @throws AccessDeniedException when the member does not have Premium */
    @Transactional(readOnly = true)
    public ThisWeek thisWeek() {
        long memberId = requirePremium();
        Position at = position(memberId);
        StrengthPlan.Phase phase = plan.phaseOf(at.week());
        if (!suspension.isScreened(memberId) || suspension.isSuspended(memberId)) {
            State state = suspension.isScreened(memberId) ? State.SUSPENDED : State.NOT_SCREENED;
            return new ThisWeek(state, plan.name(), phase.number(), phase.name(), phase.focus(), at.week(),
                    plan.totalWeeks(), at.completed(), List.of(), "");
        }
        return new ThisWeek(State.ACTIVE, plan.name(), phase.number(), phase.name(), phase.focus(), at.week(),
                plan.totalWeeks(), at.completed(), plan.planned(at.week(), library),
                StrengthRules.nextTime(plan.rules(), plan.totalWeeks(), at));
    }

    /**
     * Logs one strength session and applies the progression rules.
     *
     * @throws AccessDeniedException when the member does not have Premium
     * @throws InvalidInputException "pain", "feedback", "note", or "form" while the programme is suspended
     */
    @Transactional
    public Logged log(SessionEntry entry) {
        long memberId = requirePremium();
        var errors = new InvalidInputException.Collector();
        entry.check(errors);
        Integer pain = entry.pain();
        SessionFeedback feedback = entry.feedback();
        String note = entry.cleanNote();
        if (!suspension.isScreened(memberId)) {
            errors.reject(InvalidInputException.FORM, "Please answer the back-pain questionnaire first, so we can "
                    + "check strength training is safe for you.");
        } else if (suspension.isSuspended(memberId)) {
            errors.reject(InvalidInputException.FORM, "Your programmes are paused: please follow the advice on your "
                    + "results page first.");
        }
        errors.throwIfAny();
        StrengthProgress row = progress.findByMemberId(memberId)
                .orElseGet(() -> progress.save(new StrengthProgress(memberId, plan.id(), plan.version(), clock.instant())));
        Position now = new Position(row.getWeek(), row.getAboutRight(), row.getTooEasy(), row.isCompleted());
        Integer usual = StrengthRules.usualPain(sessions.findTop20ByMemberIdOrderByLoggedAtDescIdDesc(memberId).stream()
                .limit(plan.rules().usualPainSessions()).map(StrengthSession::getPain).toList());
        var outcome = StrengthRules.apply(plan.rules(), plan.totalWeeks(), now, entry.done(), pain, feedback, usual);
        Position next = outcome.next();
        row.moveTo(next.week(), next.aboutRight(), next.tooEasy(), next.completed(), clock.instant());
        sessions.save(new StrengthSession(memberId, plan.id(), now.week(), clock.instant(), entry.done(), pain, feedback,
                note, outcome.change().name()));
        Change change = Change.valueOf(outcome.change().name());
        return new Logged(change, next.week(), message(change, now.week(), next));
    }

    private static String message(Change change, int from, Position next) {
        return switch (change) {
            case ADVANCE -> next.week() == from ? "Well done: you have completed the programme. Keep up this week's "
                    + "session to hold on to your strength." : "Well done: you move on to week " + next.week() + ".";
            case STEP_BACK -> next.week() == from ? "Session saved. We'll stay on week " + from + " and take it steadily."
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
