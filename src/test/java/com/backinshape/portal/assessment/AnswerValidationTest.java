package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerValidationTest {

    private final ClinicalRules rules = new ClinicalRules("0203 947 32 22");

    static Stream<Arguments> incompleteOrOutOfRange() {
        return Stream.of(
                bad("pain now 11", "pain-now", a -> a.painNow(11)),
                bad("pain now -1", "pain-now", a -> a.painNow(-1)),
                bad("pain now missing", "pain-now", a -> a.painNow(null)),
                bad("worst this week 11", "pain-worst-week", a -> a.worstThisWeek(11)),
                bad("worst this week -1", "pain-worst-week", a -> a.painNow(0).worstThisWeek(-1)),
                bad(
                        "worst this week below pain now",
                        "pain-worst-week",
                        a -> a.painNow(6).worstThisWeek(4)),
                bad("no pain area", "pain-areas", a -> a.painAreas(Set.of())),
                bad("duration missing", "pain-duration", a -> a.duration(null)),
                bad(
                        "STarT Back item 5 missing",
                        "start-back-5",
                        a -> a.startBack(AnswersBuilder.startBack(
                                Bothersomeness.SLIGHTLY, false, false, false, false, null, false, false, false))),
                bad(
                        "STarT Back item 9 missing",
                        "start-back-9",
                        a -> a.startBack(AnswersBuilder.startBack(
                                null, false, false, false, false, false, false, false, false))),
                bad("sitting 25 hours", "sitting-hours", a -> a.sittingHours(25)),
                bad("sitting -1 hours", "sitting-hours", a -> a.sittingHours(-1)),
                bad("sitting missing", "sitting-hours", a -> a.sittingHours(null)),
                bad("working from home missing", "works-from-home", a -> a.worksFromHome(null)),
                bad("slouching missing", "slouches-often", a -> a.slouches(null)),
                bad("activity missing", "activity-level", a -> a.activity(null)),
                bad("leg raise missing", "leg-raise", a -> a.legRaise(null)),
                bad("pain below knee missing", "leg-raise-pain-below-knee", a -> a.painBelowKnee(null)),
                bad("no goal", "goals", a -> a.goals(Set.of())),
                bad("note of 501 characters", "goals-note", a -> a.note("x".repeat(501))));
    }

    private static Arguments bad(String what, String question, UnaryOperator<AnswersBuilder> change) {
        return Arguments.of(what, question, change);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("incompleteOrOutOfRange")
    void incomplete_or_out_of_range_answers_are_refused_naming_the_question(
            String what, String question, UnaryOperator<AnswersBuilder> change) {
        AssessmentAnswers answers = change.apply(answers()).build();

        assertThatThrownBy(() -> rules.assess(answers))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.errors()).containsOnlyKeys(question);
                    assertThat(e.errors().get(question)).isNotBlank();
                })
                .hasMessageContaining(question);
        assertThat(Questionnaire.current().question(question))
                .as("the question exists")
                .isPresent();
    }

    @Test
    void out_of_range_pain_says_what_is_allowed_and_what_was_given() {
        assertThatThrownBy(() -> ClinicalRules.validate(
                        answers().painNow(11).worstThisWeek(11).build()))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors().get("pain-now"))
                                .isEqualTo("Choose a number from 0 to 10 for your pain right now (you gave 11)."));
    }

    @Test
    void every_problem_is_reported_at_once() {
        AssessmentAnswers answers =
                answers().painNow(null).sittingHours(99).note("y".repeat(600)).build();

        assertThatThrownBy(() -> ClinicalRules.validate(answers))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("pain-now", "sitting-hours", "goals-note"));
    }

    @Test
    void boundary_values_and_a_500_character_note_are_accepted() {
        assertThatCode(() -> ClinicalRules.validate(answers()
                        .painNow(0)
                        .worstThisWeek(10)
                        .sittingHours(24)
                        .note("z".repeat(500))
                        .build()))
                .doesNotThrowAnyException();
        assertThatCode(() -> ClinicalRules.validate(answers()
                        .painNow(10)
                        .worstThisWeek(10)
                        .sittingHours(0)
                        .note(null)
                        .build()))
                .doesNotThrowAnyException();
    }
}
