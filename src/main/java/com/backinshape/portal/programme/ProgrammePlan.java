package com.backinshape.portal.programme;

import java.util.List;

/**
 * A member's free programme as decided by {@link FreeProgrammePlanner}.
 *
 * @param rulesVersion the version of the programme rules that decided it
 * @param offered whether a programme is offered at all (never with a red flag)
 * @param gentle whether the gentle doses were chosen
 * @param exercises what to do, in order, with the dose for each
 * @param notes explanations shown with the programme
 * @param appliedRules the ids of the rules that applied, for tracing a plan back to its rules
 */
public record ProgrammePlan(
        int rulesVersion,
        boolean offered,
        boolean gentle,
        List<PlannedExercise> exercises,
        List<String> notes,
        List<String> appliedRules) {

    public ProgrammePlan {
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
        appliedRules = List.copyOf(appliedRules);
    }

    /** No programme: a red flag is present. */
    static ProgrammePlan none(int rulesVersion, String note) {
        return new ProgrammePlan(rulesVersion, false, false, List.of(), List.of(note), List.of());
    }

    public List<String> exerciseIds() {
        return exercises.stream().map(planned -> planned.exercise().id()).toList();
    }
}
