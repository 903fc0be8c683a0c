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
 * The exercises members can be given, read from a versioned resource ({@code programme/exercises-v2.json}; v1 is kept
 * for the record). Loading checks the file: unique ids, every safety cue known, every exercise carrying the cues its
 * kind requires ({@code requiredCuesByKind}) and only cues meant for its kind (so no cue contradicts the movement, e.g.
 * "keep the natural curve" on a mobility exercise that rounds the back), a loaded exercise saying how to choose its
 * weight, and gentle doses never above the usual dose. The application does not start otherwise.
 */
public final class ExerciseLibrary {

    /** The cue every loaded exercise carries: how to choose the weight. */
    public static final String CHOOSE_THE_WEIGHT = "choose-the-weight";

    static final String RESOURCE = "/programme/exercises-v2.json";

    private final int version;
    private final Map<String, Exercise> exercises;

    private ExerciseLibrary(int version, List<Exercise> exercises) {
        this.version = version;
        this.exercises = exercises.stream()
                .collect(Collectors.toMap(
                        Exercise::id,
                        Function.identity(),
                        (a, b) -> {
                            throw new IllegalStateException("Two exercises with the id " + a.id());
                        },
                        LinkedHashMap::new));
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
        Map<String, CueEntry> cues =
                file.safetyCues().stream().collect(Collectors.toMap(CueEntry::id, Function.identity()));
        var exercises = new ArrayList<Exercise>();
        for (ExerciseEntry entry : file.exercises()) {
            var entryCues = new ArrayList<SafetyCue>();
            for (String cueId : entry.safetyCues()) {
                CueEntry cue = cues.get(cueId);
                if (cue == null) {
                    throw new IllegalStateException(
                            resource + ": exercise " + entry.id() + " names an unknown safety cue " + cueId);
                }
                if (!cue.kinds().contains(entry.kind())) {
                    throw new IllegalStateException(resource + ": the safety cue " + cueId + " is not meant for "
                            + entry.kind() + " exercises such as " + entry.id());
                }
                entryCues.add(new SafetyCue(cue.id(), cue.text()));
            }
            Set<String> missing = new HashSet<>(file.requiredCuesByKind().getOrDefault(entry.kind(), List.of()));
            if (entry.loaded()) {
                missing.add(CHOOSE_THE_WEIGHT);
            }
            entry.safetyCues().forEach(missing::remove);
            if (!missing.isEmpty() || !file.requiredCuesByKind().containsKey(entry.kind())) {
                throw new IllegalStateException(resource + ": exercise " + entry.id() + " lacks the safety cues "
                        + missing + " required for its kind");
            }
            if (!entry.gentleDose().isNoMoreThan(entry.dose())) {
                throw new IllegalStateException(
                        resource + ": the gentle dose of " + entry.id() + " asks for more than its usual dose");
            }
            exercises.add(new Exercise(
                    entry.id(),
                    entry.name(),
                    entry.kind(),
                    entry.level(),
                    entry.series(),
                    entry.purpose(),
                    entry.steps(),
                    entryCues,
                    entry.dose(),
                    entry.gentleDose()));
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

    /** The file as written: exercises name their safety cues by id; each cue names the kinds it suits. */
    record LibraryFile(
            int version,
            List<CueEntry> safetyCues,
            Map<ExerciseKind, List<String>> requiredCuesByKind,
            List<ExerciseEntry> exercises) {}

    record CueEntry(String id, String text, Set<ExerciseKind> kinds) {}

    /** @param loaded whether the exercise is done with a weight (it must then say how to choose it) */
    record ExerciseEntry(
            String id,
            String name,
            ExerciseKind kind,
            ExerciseLevel level,
            @Nullable String series,
            String purpose,
            List<String> steps,
            List<String> safetyCues,
            Dose dose,
            Dose gentleDose,
            boolean loaded) {}
}
