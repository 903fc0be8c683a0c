package com.backinshape.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.assessment.Questionnaire.Option;
import com.backinshape.portal.assessment.Questionnaire.Question;
import com.backinshape.portal.assessment.Questionnaire.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The questionnaire the views render matches the answer types the rules read. */
class QuestionnaireDefinitionTest {

    private final Questionnaire questionnaire = Questionnaire.current();

    @Test
    void red_flags_come_first_with_one_yes_no_question_per_flag() {
        Questionnaire.Step first = questionnaire.steps().getFirst();

        assertThat(first.id()).isEqualTo("red-flags");
        var expected = new java.util.ArrayList<>(
                Arrays.stream(RedFlag.values()).map(RedFlag::questionId).toList());
        expected.add(Questionnaire.YEAR_OF_BIRTH);
        expected.add(Questionnaire.BACK_PAIN_NEW);
        assertThat(first.questions()).extracting(Question::id).containsExactlyElementsOf(expected);
        assertThat(first.questions())
                .filteredOn(q -> !q.id().equals(Questionnaire.YEAR_OF_BIRTH))
                .allSatisfy(q -> assertThat(q.type()).isEqualTo(Type.YES_NO));
        assertThat(questionnaire
                        .question(Questionnaire.YEAR_OF_BIRTH)
                        .orElseThrow()
                        .type())
                .isEqualTo(Type.NUMBER);
    }

    @Test
    void start_back_items_are_credited_to_keele_university() {
        Questionnaire.Step step = questionnaire.steps().stream()
                .filter(s -> s.id().equals("start-back"))
                .findFirst()
                .orElseThrow();

        assertThat(step.credit()).contains("STarT Back Screening Tool © Keele University");
        assertThat(step.questions())
                .extracting(Question::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 9)
                        .mapToObj(StartBackAnswers::questionId)
                        .toList());
        assertThat(step.questions().subList(0, 8))
                .allSatisfy(q -> assertThat(q.type()).isEqualTo(Type.AGREE_DISAGREE));
    }

    @Test
    void choice_options_are_exactly_the_answer_values() {
        Map<String, List<String>> expected = Map.of(
                Questionnaire.PAIN_AREAS,
                names(PainArea.values()),
                Questionnaire.PAIN_DURATION,
                names(PainDuration.values()),
                StartBackAnswers.questionId(9),
                names(Bothersomeness.values()),
                Questionnaire.ACTIVITY_LEVEL,
                names(ActivityLevel.values()),
                Questionnaire.LEG_RAISE,
                names(LegRaise.values()),
                Questionnaire.GOALS,
                names(Goal.values()));

        expected.forEach((id, values) -> assertThat(
                        questionnaire.question(id).orElseThrow().options())
                .as(id)
                .extracting(Option::value)
                .containsExactlyElementsOf(values));
        assertThat(questionnaire.questions())
                .filteredOn(q -> q.type() == Type.YES_NO)
                .allSatisfy(
                        q -> assertThat(q.options()).extracting(Option::value).containsExactly("YES", "NO"));
    }

    @Test
    void every_leg_raise_choice_is_described_in_plain_words() {
        assertThat(questionnaire.question(Questionnaire.LEG_RAISE).orElseThrow().options())
                .allSatisfy(option -> assertThat(option.description()).isNotBlank());
    }

    @Test
    void ranges_shown_match_the_ranges_accepted() {
        Question painNow = questionnaire.question(Questionnaire.PAIN_NOW).orElseThrow();
        Question worst = questionnaire.question(Questionnaire.PAIN_WORST_WEEK).orElseThrow();
        Question sitting = questionnaire.question(Questionnaire.SITTING_HOURS).orElseThrow();
        Question note = questionnaire.question(Questionnaire.GOALS_NOTE).orElseThrow();

        assertThat(List.of(painNow.min(), painNow.max(), worst.min(), worst.max()))
                .containsExactly(0, 10, 0, 10);
        assertThat(List.of(sitting.min(), sitting.max())).containsExactly(0, 24);
        assertThat(note.maxLength()).isEqualTo(Goals.NOTE_MAX);
        assertThat(note.optional()).isTrue();
        assertThat(questionnaire.questions())
                .filteredOn(q -> !q.id().equals(Questionnaire.GOALS_NOTE))
                .allSatisfy(q -> assertThat(q.optional()).as(q.id()).isFalse());
    }

    @Test
    void question_ids_are_unique_and_a_disclaimer_is_shown() {
        List<String> ids = questionnaire.questions().stream().map(Question::id).toList();

        assertThat(ids).doesNotHaveDuplicates().hasSize(RedFlag.values().length + 2 + 4 + 9 + 4 + 2 + 2);
        assertThat(questionnaire.disclaimer()).contains("not a diagnosis").contains("A&E or call 999");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
