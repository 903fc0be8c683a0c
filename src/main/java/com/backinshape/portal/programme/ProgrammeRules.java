package com.backinshape.portal.programme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The free-programme rules as data ({@code programme/rules-v2.json}): thresholds, when the gentle dose applies, and an
 * ordered list of rules that add exercises or keep only some kinds. Loading checks the rules against the library for
 * every combination of conditions (see {@link #check}).
 *
 * @param version stored with each plan
 * @param thresholds the numbers behind {@link ProfileCondition#LONG_SITTING} and {@link ProfileCondition#ACUTE_PAIN}
 * @param gentleDoseWhen any of these conditions gives the gentle dose of every exercise
 * @param gentleNote shown with a gentle programme
 * @param redFlagNote shown instead of a programme when a red flag is present
 * @param rules applied in order
 */
public record ProgrammeRules(
        int version,
        Thresholds thresholds,
        Set<ProfileCondition> gentleDoseWhen,
        String gentleNote,
        String redFlagNote,
        List<Rule> rules,
        SessionPain sessionPain) {

    static final String RESOURCE = "/programme/rules-v2.json";

    public ProgrammeRules {
        gentleDoseWhen = Set.copyOf(gentleDoseWhen);
        rules = List.copyOf(rules);
    }

    /** The rules members' programmes are built with now (v1 is kept for the record). */
    public static ProgrammeRules current(ExerciseLibrary library) {
        return load(RESOURCE, library);
    }

    static ProgrammeRules load(String resource, ExerciseLibrary library) {
        try (InputStream in = ProgrammeRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            ProgrammeRules rules = JsonMapper.builder().build().readValue(in, ProgrammeRules.class);
            rules.check(library);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param longSittingHours sitting at least this many hours a day counts as long sitting
     * @param acutePainNowAtLeast pain now at least this is acute
     * @param recentOnsetWorstAtLeast pain for under 6 weeks with the worst this week at least this is acute
     * @param maxHamstringStretchSecondsPerLegPerDay all hamstring stretches of a plan together never ask for more than
     *     this many seconds of holding per leg a day
     */
    public record Thresholds(
            int longSittingHours,
            int acutePainNowAtLeast,
            int recentOnsetWorstAtLeast,
            int maxHamstringStretchSecondsPerLegPerDay) {}

    /**
     * How the free session log responds to pain.
     *
     * @param severeAtLeast a session with pain at least this is a bad one
     * @param riseAboveStartAtLeast a session with pain this much above the starting level (the questionnaire's pain
     *     now) is a bad one
     * @param badSessionsInARow this many bad sessions in a row switch the programme to the gentle dose
     * @param keepExercisesOfRule after a bad session, keep to the exercises this rule adds (drop the rest)
     */
    public record SessionPain(
            int severeAtLeast, int riseAboveStartAtLeast, int badSessionsInARow, String keepExercisesOfRule) {

        /** Whether a session with this pain is a bad one, for a member who started at {@code startingPain}. */
        public boolean isBad(int pain, @Nullable Integer startingPain) {
            return pain >= severeAtLeast || startingPain != null && pain - startingPain >= riseAboveStartAtLeast;
        }
    }

    /** The exercises to keep to after a bad session (the others are dropped until the pain settles). */
    public List<String> exercisesToKeepAfterBadSession() {
        return rules.stream()
                .filter(r -> r.id().equals(sessionPain.keepExercisesOfRule()))
                .findFirst()
                .map(Rule::add)
                .orElseThrow(() -> new IllegalStateException("Programme rules v" + version + " name no rule "
                        + sessionPain.keepExercisesOfRule() + " for painful sessions"));
    }

    /**
     * One rule: when any of {@code when} holds and none of {@code unless}, add the exercises, keep only exercises of
     * the given kinds and/or remove exercises of the given kinds, and show the note.
     */
    public record Rule(
            String id,
            Set<ProfileCondition> when,
            @Nullable Set<ProfileCondition> unless,
            @Nullable List<String> add,
            @Nullable Set<ExerciseKind> keepOnlyKinds,
            @Nullable Set<ExerciseKind> removeKinds,
            @Nullable String note) {

        public Rule {
            when = Set.copyOf(when);
            unless = unless == null ? Set.of() : Set.copyOf(unless);
            add = add == null ? List.of() : List.copyOf(add);
            keepOnlyKinds = keepOnlyKinds == null ? null : Set.copyOf(keepOnlyKinds);
            removeKinds = removeKinds == null ? Set.of() : Set.copyOf(removeKinds);
        }

        boolean appliesTo(Set<ProfileCondition> conditions) {
            return when.stream().anyMatch(conditions::contains)
                    && Objects.requireNonNull(unless).stream().noneMatch(conditions::contains);
        }
    }

    /** What the rules give for a set of conditions: exercise ids in order, notes and rule ids. */
    record Outcome(List<String> exerciseIds, boolean gentle, List<String> notes, List<String> appliedRules) {}

    Outcome apply(Set<ProfileCondition> conditions, ExerciseLibrary library) {
        var withAlways = EnumSet.of(ProfileCondition.ALWAYS);
        withAlways.addAll(conditions);
        var ids = new LinkedHashSet<String>();
        var notes = new ArrayList<String>();
        var applied = new ArrayList<String>();
        for (Rule rule : rules) {
            if (!rule.appliesTo(withAlways)) {
                continue;
            }
            applied.add(rule.id());
            ids.addAll(Objects.requireNonNull(rule.add()));
            Set<ExerciseKind> keep = rule.keepOnlyKinds();
            if (keep != null) {
                ids.removeIf(id -> !keep.contains(library.get(id).kind()));
            }
            Set<ExerciseKind> remove = Objects.requireNonNull(rule.removeKinds());
            ids.removeIf(id -> remove.contains(library.get(id).kind()));
            if (rule.note() != null) {
                notes.add(rule.note());
            }
        }
        boolean gentle = gentleDoseWhen.stream().anyMatch(withAlways::contains);
        if (gentle) {
            notes.add(gentleNote);
        }
        return new Outcome(List.copyOf(ids), gentle, notes, applied);
    }

    /**
     * Checks the rules for every combination of conditions, so a mistake in the file stops the application at start
     * rather than reaching a member: every exercise named exists and is free; every plan has at least 2 mobility
     * exercises; a nerve sign leaves mobility exercises only.
     */
    void check(ExerciseLibrary library) {
        exercisesToKeepAfterBadSession();
        for (Rule rule : rules) {
            for (String id : Objects.requireNonNull(rule.add())) {
                if (library.find(id)
                        .filter(e -> e.level() == ExerciseLevel.FREE)
                        .isEmpty()) {
                    throw new IllegalStateException("Programme rule " + rule.id() + " names " + id
                            + ", which is not a free exercise of library v" + library.version());
                }
            }
        }
        ProfileCondition[] all = ProfileCondition.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            var conditions = EnumSet.noneOf(ProfileCondition.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    conditions.add(all[i]);
                }
            }
            List<String> ids = apply(conditions, library).exerciseIds();
            long mobility = ids.stream()
                    .filter(id -> library.get(id).kind() == ExerciseKind.MOBILITY)
                    .count();
            if (mobility < 2) {
                throw new IllegalStateException(
                        "Programme rules v" + version + " give fewer than 2 mobility " + "exercises for " + conditions);
            }
            if (conditions.contains(ProfileCondition.NERVE_SIGN)
                    && ids.stream().anyMatch(id -> library.get(id).kind() != ExerciseKind.MOBILITY)) {
                throw new IllegalStateException("Programme rules v" + version + " give more than mobility "
                        + "exercises despite a nerve sign, for " + conditions);
            }
            if (conditions.contains(ProfileCondition.ACUTE_PAIN)
                    && ids.stream().anyMatch(id -> library.get(id).kind() == ExerciseKind.HAMSTRING_STRETCH)) {
                throw new IllegalStateException("Programme rules v" + version + " give a hamstring stretch "
                        + "despite acute pain, for " + conditions);
            }
            Outcome outcome = apply(conditions, library);
            int hamstringSeconds = outcome.exerciseIds().stream()
                    .map(library::get)
                    .filter(e -> e.kind() == ExerciseKind.HAMSTRING_STRETCH)
                    .map(e -> outcome.gentle() ? e.gentleDose() : e.dose())
                    .mapToInt(d -> d.holdSeconds() * d.reps() * d.sets() * d.timesPerDay())
                    .sum();
            if (hamstringSeconds > thresholds.maxHamstringStretchSecondsPerLegPerDay()) {
                throw new IllegalStateException("Programme rules v" + version + " ask for " + hamstringSeconds
                        + " s of hamstring stretching per leg a day for " + conditions);
            }
            boolean mustBeGentle = conditions.contains(ProfileCondition.NERVE_SIGN)
                    || conditions.contains(ProfileCondition.ACUTE_PAIN)
                    || conditions.contains(ProfileCondition.GP_SOON)
                    || conditions.contains(ProfileCondition.HIGH_RISK);
            if (mustBeGentle && !apply(conditions, library).gentle()) {
                throw new IllegalStateException(
                        "Programme rules v" + version + " give the usual dose for " + conditions);
            }
        }
    }
}
