package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(library.ofLevel(ExerciseLevel.FREE)).extracting(Exercise::id).containsExactly(
                "standing-hip-hinge-hamstring-stretch", "lying-doorway-hamstring-stretch", "sitting-posture-reset",
                "knee-rocking", "pelvic-tilts", "cat-camel");
    }

    @Test
    void strong_back_foundations_exercises_are_premium() {
        assertThat(library.ofLevel(ExerciseLevel.PREMIUM))
                .extracting(Exercise::id)
                .containsExactly("glute-bridge", "bird-dog", "dead-bug", "side-plank", "hip-hinge", "loaded-hip-hinge",
                        "split-squat", "hamstring-curl");
        assertThat(library.ofLevel(ExerciseLevel.PREMIUM)).allSatisfy(exercise -> {
            assertThat(exercise.kind()).isEqualTo(ExerciseKind.STRENGTH);
            assertThat(exercise.series()).isEqualTo("Strong back foundations");
        });
    }

    @Test
    void every_exercise_carries_the_four_safety_cues_of_the_clinic() {
        assertThat(library.all()).isNotEmpty().allSatisfy(exercise -> assertThat(exercise.safetyCues())
                .as(exercise.id())
                .extracting(SafetyCue::id)
                .containsAll(ExerciseLibrary.REQUIRED_SAFETY_CUES));
        SafetyCue hinge = library.get("knee-rocking").safetyCues().stream()
                .filter(cue -> cue.id().equals("hinge-at-hips")).findFirst().orElseThrow();
        assertThat(hinge.text()).contains("hips").contains("natural curve").contains("toes");
    }

    @Test
    void every_exercise_is_complete_and_its_gentle_dose_is_never_more() {
        assertThat(library.all()).allSatisfy(exercise -> {
            assertThat(exercise.name()).isNotBlank();
            assertThat(exercise.purpose()).isNotBlank();
            assertThat(exercise.steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(exercise.gentleDose().isNoMoreThan(exercise.dose())).as(exercise.id()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/programme/exercises-v1.json", "/programme/rules-v1.json", "/programme/exercises-v2.json", "/programme/rules-v2.json", "/assessment/questionnaire-v2.json",
            "/assessment/questionnaire-v1.json"})
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
                AnswersBuilder.answers().redFlags(RedFlagAnswers.yesTo(RedFlag.SADDLE_NUMBNESS)).build(),
                AnswersBuilder.answers().redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_VERY_UNWELL)).build(),
                AnswersBuilder.answers().startBack(AnswersBuilder.lowRisk()).build(),
                AnswersBuilder.answers().startBack(AnswersBuilder.mediumRisk()).build(),
                AnswersBuilder.answers().startBack(AnswersBuilder.highRisk()).painBelowKnee(true)
                        .legRaise(LegRaise.UNDER_30_DEGREES).build())) {
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
                .replace('\u2019', '\'').replace('\u2018', '\'')
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
