package com.backinshape.portal.programme;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How a plan's exercises and notes are kept in the database: exercise ids with their doses, as JSON. */
final class StoredPlan {

    record StoredExercise(String exerciseId, Dose dose) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredPlan() {}

    static String exercises(ProgrammePlan plan) {
        return JSON.writeValueAsString(plan.exercises().stream()
                .map(p -> new StoredExercise(p.exercise().id(), p.dose()))
                .toList());
    }

    static List<PlannedExercise> exercises(String json, ExerciseLibrary library) {
        return JSON.readValue(json, new TypeReference<List<StoredExercise>>() {}).stream()
                .map(s -> new PlannedExercise(library.get(s.exerciseId()), s.dose()))
                .toList();
    }

    static String exercises(List<PlannedExercise> exercises) {
        return JSON.writeValueAsString(exercises.stream()
                .map(p -> new StoredExercise(p.exercise().id(), p.dose()))
                .toList());
    }

    static String notes(List<String> notes) {
        return JSON.writeValueAsString(notes);
    }

    static List<String> notes(String json) {
        return JSON.readValue(json, new TypeReference<List<String>>() {});
    }
}
