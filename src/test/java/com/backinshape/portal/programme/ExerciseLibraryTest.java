package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentAnswers;
import com.backinshape.portal.assessment.AssessmentResult;
import com.backinshape.portal.assessment.ClinicalRules;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseLibraryTest {

    private static final int COPIED_RUN = 8;

    private final ExerciseLibrary library = ExerciseLibrary.current();

    @Test
    void the_free_library_holds_the_article_stretches_and_gentle_mobility() {
        assertThat(library.ofLevel(ExerciseLevel.FREE))
                .extracting(Exercise::id)
                .containsExactly(
                        "standing-hip-hinge-hamstring-stretch",
                        "lying-doorway-hamstring-stretch",
                        "sitting-posture-reset",
                        "knee-rocking",
                        "pelvic-tilts",
                        "cat-camel");
    }

    @Test
    void strong_back_foundations_exercises_are_premium() {
        assertThat(library.ofLevel(ExerciseLevel.PREMIUM))
                .extracting(Exercise::id)
                .containsExactly(
                        "glute-bridge",
                        "bird-dog",
                        "dead-bug",
                        "side-plank",
                        "hip-hinge",
                        "loaded-hip-hinge",
                        "split-squat",
                        "hamstring-curl");
        assertThat(library.ofLevel(ExerciseLevel.PREMIUM)).allSatisfy(exercise -> {
            assertThat(exercise.kind()).isEqualTo(ExerciseKind.STRENGTH);
            assertThat(exercise.series()).isEqualTo("Strong back foundations");
        });
    }

    @Test
    void every_exercise_carries_the_safety_cues_of_its_kind_and_none_that_contradict_the_movement() {
        assertThat(library.all())
                .isNotEmpty()
                .allSatisfy(exercise -> assertThat(exercise.safetyCues())
                        .as(exercise.id())
                        .extracting(SafetyCue::id)
                        .contains("stop-if-pain-spreads"));
        for (String mobility : List.of("knee-rocking", "pelvic-tilts", "cat-camel")) {
            assertThat(library.get(mobility).safetyCues())
                    .extracting(SafetyCue::id)
                    .as(mobility)
                    .contains("small-comfortable-range")
                    .doesNotContain("hinge-at-hips", "stretch-in-belly");
        }
        for (String stretch : List.of("standing-hip-hinge-hamstring-stretch", "lying-doorway-hamstring-stretch")) {
            assertThat(library.get(stretch).safetyCues())
                    .extracting(SafetyCue::id)
                    .as(stretch)
                    .contains("hinge-at-hips", "stretch-in-belly", "more-is-not-better", "stop-if-leg-tingles");
            assertThat(String.join(" ", library.get(stretch).steps()))
                    .as(stretch)
                    .contains("stop and lower the leg if you feel tingling or numbness, or pain below the knee"
                            .substring(1));
        }
        assertThat(library.all())
                .allSatisfy(exercise -> assertThat(String.join(" ", exercise.steps()))
                        .as(exercise.id())
                        .doesNotContain("may feel slightly numb"));
    }

    @Test
    void a_cue_that_contradicts_the_movement_stops_the_application_at_start() {
        assertThatThrownBy(() -> ExerciseLibrary.load("/programme/exercises-with-hinge-cue-on-cat-camel.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not meant for MOBILITY");
    }

    @Test
    void a_loaded_exercise_without_weight_guidance_stops_the_application_at_start() {
        assertThatThrownBy(() -> ExerciseLibrary.load("/programme/exercises-loaded-without-weight-guidance.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose-the-weight");
        assertThat(library.get("loaded-hip-hinge").safetyCues())
                .extracting(SafetyCue::text)
                .anyMatch(t -> t.contains("2 to 3 more times"));
        assertThat(library.get("loaded-hip-hinge").steps().getFirst()).contains("To start");
    }

    @Test
    void hamstring_stretch_doses_are_2_to_3_holds_of_20_to_30_seconds_once_or_twice_a_day() {
        int secondsPerLegPerDay = 0;
        for (Exercise stretch : library.all().stream()
                .filter(e -> e.kind() == ExerciseKind.HAMSTRING_STRETCH)
                .toList()) {
            Dose dose = stretch.dose();
            assertThat(dose.holdSeconds()).as(stretch.id()).isBetween(20, 30);
            assertThat(dose.reps()).as(stretch.id()).isBetween(2, 3);
            assertThat(dose.timesPerDay()).as(stretch.id()).isBetween(1, 2);
            secondsPerLegPerDay += dose.holdSeconds() * dose.reps() * dose.sets() * dose.timesPerDay();
        }
        assertThat(secondsPerLegPerDay).as("both stretches together").isLessThanOrEqualTo(90);
    }

    @Test
    void the_posture_reset_states_its_frequency_once_in_its_dose() {
        Exercise reset = library.get("sitting-posture-reset");
        assertThat(String.join(" ", reset.steps()))
                .doesNotContainPattern("every \\d+")
                .doesNotContain("minutes while");
        assertThat(reset.dose().timesPerDay()).isEqualTo(6);
    }

    @Test
    void every_exercise_is_complete_and_its_gentle_dose_is_never_more() {
        assertThat(library.all()).allSatisfy(exercise -> {
            assertThat(exercise.name()).isNotBlank();
            assertThat(exercise.purpose()).isNotBlank();
            assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(exercise.gentleDose().isNoMoreThan(exercise.dose()))
                    .as(exercise.id())
                    .isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/programme/exercises-v1.json",
                "/programme/rules-v1.json",
                "/programme/exercises-v2.json",
                "/programme/rules-v2.json",
                "/assessment/questionnaire-v2.json",
                "/assessment/questionnaire-v1.json"
            })
    void no_text_copies_a_run_of_eight_words_from_the_seed_article(String resource) throws IOException {
        Set<String> articleRuns = runs(words(read("/seed/article-tight-hamstrings-and-back-pain.txt")));

        assertThat(copiedRuns(words(read(resource)), articleRuns)).as(resource).isEmpty();
    }

    @Test
    void no_advice_shown_with_a_result_copies_a_run_of_eight_words_from_the_seed_article() throws IOException {
        Set<String> articleRuns = runs(words(read("/seed/article-tight-hamstrings-and-back-pain.txt")));
        var rules = new ClinicalRules("0203 947 32 22");
        var texts = new ArrayList<String>();
        for (AssessmentAnswers answers : List.of(
                AnswersBuilder.answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.SADDLE_NUMBNESS))
                        .build(),
                AnswersBuilder.answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_VERY_UNWELL))
                        .build(),
                AnswersBuilder.answers().startBack(AnswersBuilder.lowRisk()).build(),
                AnswersBuilder.answers().startBack(AnswersBuilder.mediumRisk()).build(),
                AnswersBuilder.answers()
                        .startBack(AnswersBuilder.highRisk())
                        .painBelowKnee(true)
                        .legRaise(LegRaise.UNDER_30_DEGREES)
                        .build())) {
            AssessmentResult result = rules.assess(answers);
            texts.add(result.redFlags().message());
            texts.add(result.recommendation().message());
            texts.addAll(result.notes());
        }

        assertThat(copiedRuns(words(String.join(" ", texts)), articleRuns)).isEmpty();
    }

    @Test
    void the_copy_check_does_catch_a_copied_sentence() throws IOException {
        Set<String> articleRuns = runs(words(read("/seed/article-tight-hamstrings-and-back-pain.txt")));
        String copied = "Keep your back straight. Keeping the other leg lying on the floor will help your back "
                + "to resist flattening its curve.";

        assertThat(copiedRuns(words(copied), articleRuns)).isNotEmpty();
    }

    private static List<String> copiedRuns(List<String> words, Set<String> articleRuns) {
        return runs(words).stream().filter(articleRuns::contains).toList();
    }

    /** Lower-case words, with typographic quotes and dashes made plain and punctuation dropped. */
    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9']+", " ")
                .strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    private static Set<String> runs(List<String> words) {
        var runs = new HashSet<String>();
        for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + COPIED_RUN)));
        }
        return runs;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ExerciseLibraryTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
