package com.backinshape.portal.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A premium strength programme as the clinic wrote it ({@code programme/strength-v1.json}): weeks in
 * phases, each week's exercises with sets × reps (or hold) × rest, and the numbers of the progression
 * rules ({@link StrengthRules}). Loading checks the file against the exercise library.
 */
public record StrengthPlan(int version, String id, String name, String summary, int sessionsPerWeek, Rules rules,
                           List<Phase> phases) {

    static final String RESOURCE_V1 = "/programme/strength-v1.json";

    /** The numbers of the progression rules, written out in docs/clinical-rules.md. */
    public record Rules(int aboutRightToAdvance, int tooEasyToAdvance, int painRiseToStepBack, int usualPainSessions) {
    }

    public record Phase(int number, String name, String focus, List<Week> weeks) {
    }

    public record Week(int number, List<Prescription> exercises) {
    }

    /** One exercise of a week: {@code sets} × {@code reps} (each held {@code holdSeconds}), {@code restSeconds} between sets. */
    public record Prescription(String exercise, int sets, int reps, int holdSeconds, int restSeconds, boolean eachSide) {
    }

    public StrengthPlan {
        phases = List.copyOf(phases);
    }

    public static StrengthPlan v1(ExerciseLibrary library) {
        return load(RESOURCE_V1, library);
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
        if (rules.aboutRightToAdvance() < 1 || rules.tooEasyToAdvance() < 1 || rules.painRiseToStepBack() < 1
                || rules.usualPainSessions() < 1) {
            throw new IllegalStateException(resource + ": every progression number must be at least 1");
        }
    }

    public int totalWeeks() {
        return phases.stream().mapToInt(p -> p.weeks().size()).sum();
    }

    public Phase phaseOf(int week) {
        return phases.stream().filter(p -> p.weeks().stream().anyMatch(w -> w.number() == week)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No week " + week + " in " + id));
    }

    public Week week(int number) {
        return phaseOf(number).weeks().stream().filter(w -> w.number() == number).findFirst().orElseThrow();
    }

    /** The week's exercises from the library, with the week's dose. */
    public List<PlannedExercise> planned(int week, ExerciseLibrary library) {
        return week(week).exercises().stream().map(p -> new PlannedExercise(library.get(p.exercise()), dose(p))).toList();
    }

    private Dose dose(Prescription p) {
        return new Dose(p.holdSeconds(), p.reps(), p.sets(), p.restSeconds(), 1, sessionsPerWeek, p.eachSide());
    }
}
