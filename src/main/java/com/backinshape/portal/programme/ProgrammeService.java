package com.backinshape.portal.programme;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.programme.domain.MemberProgramme;
import com.backinshape.portal.programme.domain.MemberProgrammeRepository;
import com.backinshape.portal.programme.domain.SessionLog;
import com.backinshape.portal.programme.domain.SessionLogRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in member's programme ("Today"), their session log and their progress. */
@Service
public class ProgrammeService {

    /** Weeks shown in "sessions per week". */
    static final int WEEKS_SHOWN = 12;

    public enum State {
        NONE,
        SUSPENDED,
        ACTIVE
    }

    /** The programme to follow today; {@code exercises} is empty unless {@code state} is ACTIVE. */
    public record Today(State state, boolean gentle, List<PlannedExercise> exercises, List<String> notes) {

        /** Today's safety cues, each once: the shared "Stay safe" box and each exercise's own. */
        public StaySafe staySafe() {
            return StaySafe.of(exercises.stream().map(PlannedExercise::exercise).toList());
        }
    }

    /** One session as the member logs it. */
    public record SessionEntry(
            boolean done,
            @Nullable Integer pain,
            @Nullable SessionFeedback feedback,
            @Nullable String note) {

        /** The note as stored: trimmed, or null when blank. */
        public @Nullable String cleanNote() {
            return note == null || note.isBlank() ? null : note.strip();
        }

        /** Rejects a pain score outside 0–10, a missing rating and an over-long note (free and strength logs alike). */
        void check(InvalidInputException.Collector errors) {
            if (pain == null || pain < 0 || pain > 10) {
                errors.reject("pain", "Choose your pain from 0 (none) to 10 (worst imaginable).");
            }
            if (feedback == null) {
                errors.reject("feedback", "Choose how the session felt.");
            }
            String cleaned = cleanNote();
            if (cleaned != null && cleaned.length() > SessionLog.NOTE_MAX) {
                errors.reject("note", "Please keep the note to " + SessionLog.NOTE_MAX + " characters or fewer.");
            }
        }
    }

    /**
     * What the member is told after logging a session.
     *
     * @param painAdvice what to do after a painful session (ease off, what to drop, when to get advice); null when the
     *     session was not a painful one
     * @param switchedToGentle whether this session made the programme switch to the gentle dose
     * @param counted whether the log counts as a session ({@link LoggedSessions}): "I did this session" ticked
     */
    public record LogOutcome(@Nullable String painAdvice, boolean switchedToGentle, boolean counted) {

        /** What the member reads after saving: honest about whether the session counted. */
        public String confirmation() {
            return counted ? SAVED : LoggedSessions.NOT_COUNTED;
        }
    }

    /** What the member is told after saving a session that counts. */
    public static final String SAVED = "Session saved. See how you're getting on under Progress.";

    public record PainPoint(Instant at, int pain) {}

    /** Sessions done in the week starting on Monday {@code weekStarting}. */
    public record WeekCount(LocalDate weekStarting, int sessions) {}

    /** Pain over time, sessions per week, past results (chart markers and history) and when to retake. */
    public record Progress(
            List<PainPoint> pain,
            List<WeekCount> weeks,
            List<AssessmentResults.Result> results,
            AssessmentResults.Retake retake) {}

    private final MemberProgrammeRepository programmes;
    private final SessionLogRepository logs;
    private final ExerciseLibrary library;
    private final AssessmentResults assessments;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final ProgrammeRules rules;
    private final LoggedSessions sessions;
    private final String clinicPhone;

    ProgrammeService(
            MemberProgrammeRepository programmes,
            SessionLogRepository logs,
            ExerciseLibrary library,
            AssessmentResults assessments,
            CurrentMember currentMember,
            Clock clock,
            ProgrammeRules rules,
            LoggedSessions sessions,
            com.backinshape.portal.base.AppProperties app) {
        this.rules = rules;
        this.sessions = sessions;
        this.clinicPhone = app.clinic().phone();
        this.programmes = programmes;
        this.logs = logs;
        this.library = library;
        this.assessments = assessments;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Today today() {
        return programmes
                .findByMemberId(currentMember.requireId())
                .map(p -> {
                    if (p.isSuspended()) {
                        return new Today(State.SUSPENDED, false, List.of(), List.of());
                    }
                    if (p.getExercisesJson() == null) {
                        return new Today(State.NONE, false, List.of(), List.of());
                    }
                    return new Today(
                            State.ACTIVE,
                            p.isGentle(),
                            StoredPlan.exercises(p.getExercisesJson(), library),
                            StoredPlan.notes(p.getNotesJson()));
                })
                .orElse(new Today(State.NONE, false, List.of(), List.of()));
    }

    /**
     * Logs one session of the member's active programme and responds to its pain (rules in the {@code sessionPain}
     * block of the programme rules): a painful session gets advice; several in a row switch the programme to the gentle
     * dose and suggest booking the clinic.
     *
     * @throws InvalidInputException "pain", "feedback", "note", or "form" when there is no active programme
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public LogOutcome logSession(SessionEntry entry) {
        long memberId = currentMember.requireId();
        var errors = new InvalidInputException.Collector();
        entry.check(errors);
        String note = entry.cleanNote();
        MemberProgramme programme = programmes
                .findByMemberId(memberId)
                .filter(p -> !p.isSuspended() && p.getExercisesJson() != null)
                .orElse(null);
        if (programme == null) {
            errors.reject(InvalidInputException.FORM, "You have no active programme to log a session for.");
        }
        errors.throwIfAny();
        logs.save(new SessionLog(
                memberId,
                programme.requireId(),
                clock.instant(),
                null,
                entry.done(),
                entry.pain(),
                entry.feedback(),
                note));
        ProgrammeRules.SessionPain painRules = rules.sessionPain();
        if (!painRules.isBad(entry.pain(), programme.getBaselinePain())) {
            return new LogOutcome(null, false, LoggedSessions.counts(entry.done()));
        }
        List<SessionLog> recent = logs.findByMemberIdAndExerciseIdIsNullOrderByLoggedAtDescIdDesc(
                memberId, org.springframework.data.domain.Limit.of(painRules.badSessionsInARow()));
        boolean inARow = recent.size() >= painRules.badSessionsInARow()
                && recent.stream().allMatch(l -> painRules.isBad(l.getPain(), programme.getBaselinePain()));
        boolean switched = false;
        if (inARow && !programme.isGentle()) {
            List<PlannedExercise> gentle = StoredPlan.exercises(programme.getExercisesJson(), library).stream()
                    .map(p -> new PlannedExercise(p.exercise(), p.exercise().gentleDose()))
                    .toList();
            var notes = new ArrayList<>(StoredPlan.notes(programme.getNotesJson()));
            notes.add(SWITCHED_NOTE);
            programme.switchToGentle(StoredPlan.exercises(gentle), StoredPlan.notes(notes), clock.instant());
            switched = true;
        }
        return new LogOutcome(painAdvice(programme, inARow), switched, LoggedSessions.counts(entry.done()));
    }

    public static final String SWITCHED_NOTE =
            "Your last few sessions were painful, so your programme has moved to gentle "
                    + "doses: shorter holds and fewer repetitions.";

    private String painAdvice(MemberProgramme programme, boolean inARow) {
        List<String> keep = rules.exercisesToKeepAfterBadSession();
        List<String> drop = StoredPlan.exercises(programme.getExercisesJson(), library).stream()
                .map(PlannedExercise::exercise)
                .filter(e -> !keep.contains(e.id()))
                .map(Exercise::name)
                .toList();
        String keepNames = String.join(
                " and ",
                keep.stream().map(id -> library.get(id).name().toLowerCase()).toList());
        var advice = new StringBuilder("That session was painful. Ease off for the next few days: move within a "
                + "comfortable range and do fewer repetitions. ");
        if (!drop.isEmpty()) {
            advice.append("Leave out ")
                    .append(String.join(", ", drop))
                    .append(" for now and keep to the ")
                    .append(keepNames)
                    .append(" until the pain settles. ");
        }
        if (inARow) {
            advice.append("As several sessions in a row have been painful, we suggest booking an appointment with the "
                            + "clinic on ")
                    .append(clinicPhone)
                    .append(" so a physiotherapist can look at your back. ");
        } else {
            advice.append("If the pain hasn't eased within a few days, call the clinic on ")
                    .append(clinicPhone)
                    .append(" or see your GP. ");
        }
        advice.append("Go to A&E or call 999 straight away if you get numbness around your bottom or genitals, new "
                + "bladder or bowel problems, or symptoms in both legs.");
        return advice.toString();
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public Progress progress() {
        long memberId = currentMember.requireId();
        List<SessionLog> all = logs.findByMemberIdOrderByLoggedAtAscIdAsc(memberId);
        List<PainPoint> pain = all.stream()
                .map(l -> new PainPoint(l.getLoggedAt(), l.getPain()))
                .toList();
        return new Progress(pain, weeks(sessions.loggedAt(memberId)), assessments.history(), assessments.retake());
    }

    /**
     * The last {@link #WEEKS_SHOWN} weeks (Monday to Sunday, London time), oldest first, with the sessions logged in
     * each (free and strength, as {@link LoggedSessions} counts them).
     */
    private List<WeekCount> weeks(List<Instant> sessionTimes) {
        LocalDate thisWeek = monday(clock.instant());
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (int i = WEEKS_SHOWN - 1; i >= 0; i--) {
            counts.put(thisWeek.minusWeeks(i), 0);
        }
        sessionTimes.stream()
                .map(ProgrammeService::monday)
                .filter(counts::containsKey)
                .forEach(week -> counts.merge(week, 1, Integer::sum));
        var weeks = new ArrayList<WeekCount>();
        counts.forEach((week, n) -> weeks.add(new WeekCount(week, n)));
        return weeks;
    }

    private static LocalDate monday(Instant at) {
        return at.atZone(TimeConfig.LONDON).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
