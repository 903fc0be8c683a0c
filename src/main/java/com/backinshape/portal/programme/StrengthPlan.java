package com.backinshape.portal.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A premium strength programme as the clinic wrote it ({@code programme/strength-v1.json}): weeks in phases, each
 * week's exercises with sets × reps (or hold) × rest, and the numbers of the progression rules ({@link StrengthRules}).
 * Loading checks the file against the exercise library.
 */
public record StrengthPlan(
        int version, String id, String name, String summary, int sessionsPerWeek, Rules rules, List<Phase> phases) {

    static final String RESOURCE = "/programme/strength-v2.json";

    /**
     * The numbers of the progression and safety rules, written out in docs/clinical-rules.md (section 8).
     *
     * @param painAlwaysStepsBack pain after a session at least this always steps back, with advice
     * @param usualPainFirstSessions "usual pain" is fixed from the questionnaire's pain now and this many first
     *     sessions
     * @param stepBacksToPause this many step-backs within {@code stepBackPauseDays} pause the programme
     * @param checkInWithinWeeks strength sessions need a questionnaire completed within this many weeks
     * @param maxWeeklyVolumeRisePercent a week's volume (sets × reps × hold, per side) rises at most this much
     * @param unloadedHingeWeeksBeforeLoaded the loaded hinge only after this many weeks in a row of unloaded hinging
     * @param needClearanceWithNerveSignOrAcutePain exercises left out with a nerve sign or acute pain until the member
     *     records a clinician's clearance
     */
    public record Rules(
            int aboutRightToAdvance,
            int tooEasyToAdvance,
            int painRiseToStepBack,
            int painAlwaysStepsBack,
            int usualPainFirstSessions,
            int stepBacksToPause,
            int stepBackPauseDays,
            int checkInWithinWeeks,
            int maxWeeklyVolumeRisePercent,
            int unloadedHingeWeeksBeforeLoaded,
            List<String> needClearanceWithNerveSignOrAcutePain) {}

    static final String HINGE = "hip-hinge";
    static final String LOADED_HINGE = "loaded-hip-hinge";

    public record Phase(int number, String name, String focus, List<Week> weeks) {}

    public record Week(int number, List<Prescription> exercises) {}

    /**
     * One exercise of a week: {@code sets} × {@code reps} (each held {@code holdSeconds}), {@code restSeconds} between
     * sets.
     */
    public record Prescription(
            String exercise, int sets, int reps, int holdSeconds, int restSeconds, boolean eachSide) {}

    public StrengthPlan {
        phases = List.copyOf(phases);
    }

    /** The plan members follow now (v1 is kept for the record). */
    public static StrengthPlan current(ExerciseLibrary library) {
        return load(RESOURCE, library);
    }

    static StrengthPlan load(String resource, ExerciseLibrary library) {
        StrengthPlan plan;
        try (InputStream in = StrengthPlan.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            plan = JsonMapper.builder().build().readValue(in, StrengthPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plan.check(resource, library);
        return plan;
    }

    private void check(String resource, ExerciseLibrary library) {
        int expected = 1;
        for (Phase phase : phases) {
            for (Week week : phase.weeks()) {
                if (week.number() != expected++ || week.exercises().isEmpty()) {
                    throw new IllegalStateException(resource + ": weeks must run 1, 2, 3... each with exercises");
                }
                for (Prescription p : week.exercises()) {
                    Exercise exercise = library.get(p.exercise());
                    if (exercise.level() != ExerciseLevel.PREMIUM) {
                        throw new IllegalStateException(resource + ": " + p.exercise() + " is not a premium exercise");
                    }
                    dose(p);
                }
            }
        }
        if (rules.aboutRightToAdvance() < 1
                || rules.tooEasyToAdvance() < 1
                || rules.painRiseToStepBack() < 1
                || rules.usualPainFirstSessions() < 1
                || rules.stepBacksToPause() < 1
                || rules.checkInWithinWeeks() < 1
                || rules.painAlwaysStepsBack() < 1
                || rules.painAlwaysStepsBack() > 10) {
            throw new IllegalStateException(resource + ": every progression number must be at least 1");
        }
        int unloadedHingeWeeks = 0;
        for (int w = 1; w <= totalWeeks(); w++) {
            List<String> ids =
                    week(w).exercises().stream().map(Prescription::exercise).toList();
            if (ids.contains(LOADED_HINGE) && unloadedHingeWeeks < rules.unloadedHingeWeeksBeforeLoaded()) {
                throw new IllegalStateException(resource + ": week " + w + " loads the hinge after only "
                        + unloadedHingeWeeks + " weeks of unloaded hinging");
            }
            unloadedHingeWeeks =
                    ids.contains(HINGE) ? unloadedHingeWeeks + 1 : ids.contains(LOADED_HINGE) ? unloadedHingeWeeks : 0;
            if (w > 1 && volume(w) * 100 > volume(w - 1) * (100 + rules.maxWeeklyVolumeRisePercent())) {
                throw new IllegalStateException(resource + ": week " + w + " raises the volume from " + volume(w - 1)
                        + " to " + volume(w) + ", more than " + rules.maxWeeklyVolumeRisePercent() + "%");
            }
        }
        for (String id : rules.needClearanceWithNerveSignOrAcutePain()) {
            library.get(id);
        }
    }

    /** A week's volume: sets × reps × hold (1 for a moving exercise), doubled for exercises done on each side. */
    public int volume(int week) {
        return week(week).exercises().stream()
                .mapToInt(p -> p.sets() * p.reps() * Math.max(1, p.holdSeconds()) * (p.eachSide() ? 2 : 1))
                .sum();
    }

    public int totalWeeks() {
        return phases.stream().mapToInt(p -> p.weeks().size()).sum();
    }

    public Phase phaseOf(int week) {
        return phases.stream()
                .filter(p -> p.weeks().stream().anyMatch(w -> w.number() == week))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No week " + week + " in " + id));
    }

    public Week week(int number) {
        return phaseOf(number).weeks().stream()
                .filter(w -> w.number() == number)
                .findFirst()
                .orElseThrow();
    }

    /** The week's exercises from the library, with the week's dose. */
    public List<PlannedExercise> planned(int week, ExerciseLibrary library) {
        return week(week).exercises().stream()
                .map(p -> new PlannedExercise(library.get(p.exercise()), dose(p)))
                .toList();
    }

    private Dose dose(Prescription p) {
        return new Dose(p.holdSeconds(), p.reps(), p.sets(), p.restSeconds(), 1, sessionsPerWeek, p.eachSide());
    }
}
