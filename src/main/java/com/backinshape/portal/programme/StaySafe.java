package com.backinshape.portal.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A page's safety cues, each shown once: the cues every exercise of a kind carries go into one shared "Stay safe" box,
 * grouped by kind (or under "every exercise" when all the page's exercises carry them); the rest stay on their own
 * exercise. Cues in {@link #ON_THE_EXERCISE} (stop warnings about that very movement) always stay on their exercise
 * too. Every cue of every exercise is shown: no cue is dropped, and the library's start-up check still decides which
 * cues each exercise carries.
 *
 * @param groups the shared box, in the order of the page's exercises
 * @param onExercise per exercise id, the cues shown on that exercise (in the library's order)
 */
public record StaySafe(List<Group> groups, Map<String, List<SafetyCue>> onExercise) {

    /** Stop warnings kept next to the movement they belong to. */
    public static final Set<String> ON_THE_EXERCISE = Set.of("stop-if-leg-tingles");

    /** @param kind the kind of exercise the cues are for; null when they are for every exercise on the page */
    public record Group(@Nullable ExerciseKind kind, List<SafetyCue> cues) {}

    public StaySafe {
        groups = List.copyOf(groups);
        onExercise = Map.copyOf(onExercise);
    }

    public List<SafetyCue> onExercise(String exerciseId) {
        return onExercise.getOrDefault(exerciseId, List.of());
    }

    /** Sorts the cues of {@code exercises} into the shared box and the exercises' own cues. */
    public static StaySafe of(List<Exercise> exercises) {
        Set<String> everywhere = shared(exercises);
        Map<ExerciseKind, Set<String>> byKind = new LinkedHashMap<>();
        exercises.forEach(e -> byKind.computeIfAbsent(
                e.kind(),
                k -> shared(exercises.stream().filter(x -> x.kind() == k).toList())));
        var groups = new ArrayList<Group>();
        var everywhereCues = cues(exercises, everywhere);
        if (!everywhereCues.isEmpty()) {
            groups.add(new Group(null, everywhereCues));
        }
        byKind.forEach((kind, ids) -> {
            var kindIds = new LinkedHashSet<>(ids);
            kindIds.removeAll(everywhere);
            var cues = cues(exercises.stream().filter(e -> e.kind() == kind).toList(), kindIds);
            if (!cues.isEmpty()) {
                groups.add(new Group(kind, cues));
            }
        });
        Map<String, List<SafetyCue>> own = new LinkedHashMap<>();
        for (Exercise e : exercises) {
            Set<String> inBox = byKind.get(e.kind());
            own.put(
                    e.id(),
                    e.safetyCues().stream()
                            .filter(c -> !everywhere.contains(c.id()) && !inBox.contains(c.id()))
                            .toList());
        }
        return new StaySafe(groups, own);
    }

    /** The cue ids every one of {@code exercises} carries, minus those that stay on their exercise. */
    private static Set<String> shared(List<Exercise> exercises) {
        if (exercises.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        exercises.getFirst().safetyCues().forEach(c -> ids.add(c.id()));
        exercises.forEach(
                e -> ids.retainAll(e.safetyCues().stream().map(SafetyCue::id).toList()));
        ids.removeAll(ON_THE_EXERCISE);
        return ids;
    }

    private static List<SafetyCue> cues(List<Exercise> exercises, Set<String> ids) {
        Map<String, SafetyCue> found = new LinkedHashMap<>();
        exercises.forEach(e ->
                e.safetyCues().stream().filter(c -> ids.contains(c.id())).forEach(c -> found.putIfAbsent(c.id(), c)));
        return List.copyOf(found.values());
    }
}
