package com.backinshape.portal.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exercises members can be given, read from a versioned resource
 * ({@code programme/exercises-v2.json}; v1 is kept for the record). Loading checks the file: unique ids, every safety cue
 * known, the {@link #REQUIRED_SAFETY_CUES} on every exercise, and gentle doses never above the
 * usual dose.
 */
public final class ExerciseLibrary {

    /** The cues from the clinic's advice that every exercise page carries. */
    public static final List<String> REQUIRED_SAFETY_CUES = List.of(
            "hinge-at-hips", "stretch-in-belly", "more-is-not-better", "stop-if-pain-spreads");

    static final String RESOURCE = "/programme/exercises-v2.json";

    private final int version;
    private final Map<String, Exercise> exercises;

    private ExerciseLibrary(int version, List<Exercise> exercises) {
        this.version = version;
        this.exercises = exercises.stream().collect(Collectors.toMap(Exercise::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two exercises with the id " + a.id());
                }, LinkedHashMap::new));
    }

    /** The library members use now. */
    public static ExerciseLibrary current() {
        return load(RESOURCE);
    }

    static ExerciseLibrary load(String resource) {
        LibraryFile file;
        try (InputStream in = ExerciseLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            file = JsonMapper.builder().build().readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, SafetyCue> cues = file.safetyCues().stream()
                .collect(Collectors.toMap(SafetyCue::id, Function.identity()));
        var exercises = new ArrayList<Exercise>();
        for (ExerciseEntry entry : file.exercises()) {
            var entryCues = new ArrayList<SafetyCue>();
            for (String cueId : entry.safetyCues()) {
                SafetyCue cue = cues.get(cueId);
                if (cue == null) {
                    throw new IllegalStateException(resource + ": exercise " + entry.id() + " names an unknown safety cue "
                            + cueId);
                }
                entryCues.add(cue);
            }
            Set<String> missing = new HashSet<>(REQUIRED_SAFETY_CUES);
            entry.safetyCues().forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new IllegalStateException(resource + ": exercise " + entry.id() + " lacks the safety cues "
                        + missing);
            }
            if (!entry.gentleDose().isNoMoreThan(entry.dose())) {
                throw new IllegalStateException(resource + ": the gentle dose of " + entry.id()
                        + " asks for more than its usual dose");
            }
            exercises.add(new Exercise(entry.id(), entry.name(), entry.kind(), entry.level(), entry.series(),
                    entry.purpose(), entry.steps(), entryCues, entry.dose(), entry.gentleDose()));
        }
        return new ExerciseLibrary(file.version(), exercises);
    }

    public int version() {
        return version;
    }

    /** Every exercise, in the order of the file. */
    public List<Exercise> all() {
        return List.copyOf(exercises.values());
    }

    public List<Exercise> ofLevel(ExerciseLevel level) {
        return exercises.values().stream().filter(e -> e.level() == level).toList();
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /** @throws NoSuchElementException when the library has no exercise with this id */
    public Exercise get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("No exercise " + id + " in library v" + version));
    }

    /** The file as written: exercises name their safety cues by id. */
    record LibraryFile(int version, List<SafetyCue> safetyCues, List<ExerciseEntry> exercises) {
    }

    record ExerciseEntry(String id, String name, ExerciseKind kind, ExerciseLevel level, @Nullable String series,
                         String purpose, List<String> steps, List<String> safetyCues, Dose dose, Dose gentleDose) {
    }
}
