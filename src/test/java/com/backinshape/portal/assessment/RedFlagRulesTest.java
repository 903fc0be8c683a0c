package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RedFlagRulesTest {

    private static final String PHONE = "0203 947 32 22";
    /** Assessed in 2026: born 1970 is 55 or 56, born 2007 is 18 or 19. */
    private final ClinicalRules rules =
            new ClinicalRules(PHONE, Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    /** The table of issue 8: every flag and its level. */
    private static final Map<RedFlag, AdviceLevel> EXPECTED = new EnumMap<>(RedFlag.class);

    static {
        EXPECTED.put(RedFlag.SADDLE_NUMBNESS, AdviceLevel.EMERGENCY);
        EXPECTED.put(RedFlag.BLADDER_OR_BOWEL, AdviceLevel.EMERGENCY);
        EXPECTED.put(RedFlag.BOTH_LEGS, AdviceLevel.EMERGENCY);
        EXPECTED.put(RedFlag.SEXUAL_FUNCTION, AdviceLevel.EMERGENCY);
        EXPECTED.put(RedFlag.ONE_LEG_WEAKENING, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.FEVER_OR_VERY_UNWELL, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.SERIOUS_INJURY, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.MINOR_FALL_FRAGILE_BONES, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.CANCER_HISTORY, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.WEIGHT_LOSS, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.CONSTANT_NIGHT_PAIN, AdviceLevel.URGENT_GP);
        EXPECTED.put(RedFlag.WEAKENED_IMMUNITY_OR_INJECTING, AdviceLevel.URGENT_GP);
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void each_red_flag_alone_blocks_the_programme_and_sends_the_member_to_the_right_care(RedFlag flag) {
        AssessmentResult result =
                rules.assess(answers().redFlags(RedFlagAnswers.yesTo(flag)).build());

        assertThat(result.programmeAllowed()).isFalse();
        assertThat(result.suspendsExistingProgrammes()).isTrue();
        assertThat(result.redFlags().present()).containsExactly(flag);
        assertThat(result.adviceLevel()).isEqualTo(EXPECTED.get(flag));
        assertThat(result.recommendation().step()).isEqualTo(NextStep.SEEK_MEDICAL_HELP);
        assertThat(result.redFlags().message()).contains(PHONE);
        if (EXPECTED.get(flag) == AdviceLevel.EMERGENCY) {
            assertThat(result.redFlags().message())
                    .contains("go to A&E now")
                    .contains("call 999")
                    .contains("let us know afterwards")
                    .doesNotContain("111")
                    .doesNotContain("GP");
            assertThat(ResultWording.advice(result.adviceLevel())).isEqualTo("Go to A&E now");
        } else {
            assertThat(result.redFlags().message()).contains("Call 111").contains("GP today");
            assertThat(ResultWording.advice(result.adviceLevel())).isEqualTo("Get urgent advice today");
        }
        assertThat(result.riskGroup()).isNull();
        assertThat(result.hamstring()).isNull();
    }

    @Test
    void every_red_flag_has_an_expected_advice_level_and_a_question_of_its_own() {
        assertThat(EXPECTED).containsOnlyKeys(RedFlag.values());
        for (RedFlag flag : RedFlag.values()) {
            assertThat(ClinicalRules.adviceLevel(flag)).as(flag.name()).isEqualTo(EXPECTED.get(flag));
            assertThat(Questionnaire.current().question(flag.questionId()))
                    .as(flag.name())
                    .isPresent();
        }
    }

    @Test
    void both_legs_and_one_weakening_leg_are_separate_questions_with_different_levels() {
        assertThat(RedFlag.BOTH_LEGS.questionId()).isNotEqualTo(RedFlag.ONE_LEG_WEAKENING.questionId());
        assertThat(rules.checkRedFlags(RedFlagAnswers.yesTo(RedFlag.BOTH_LEGS)).level())
                .isEqualTo(AdviceLevel.EMERGENCY);
        assertThat(rules.checkRedFlags(RedFlagAnswers.yesTo(RedFlag.ONE_LEG_WEAKENING))
                        .level())
                .isEqualTo(AdviceLevel.URGENT_GP);
    }

    @Test
    void no_red_flag_allows_a_programme() {
        AssessmentResult result = rules.assess(answers().build());

        assertThat(result.programmeAllowed()).isTrue();
        assertThat(result.suspendsExistingProgrammes()).isFalse();
        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.NONE);
        assertThat(result.redFlags().present()).isEmpty();
    }

    @Test
    void the_most_urgent_advice_wins_when_several_flags_are_present() {
        RedFlagOutcome outcome = rules.checkRedFlags(
                RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN, RedFlag.SEXUAL_FUNCTION, RedFlag.FEVER_OR_VERY_UNWELL)
                        .withAge(1940, true));

        assertThat(outcome.level()).isEqualTo(AdviceLevel.EMERGENCY);
        assertThat(outcome.present()).hasSize(3);
    }

    @ParameterizedTest(name = "born {0}, new pain {1} -> {2}")
    @CsvSource({
        "1970, true,  GP_SOON", // 55 or 56, new pain
        "1970, false, NONE", // long-standing pain at 55
        "1975, true,  GP_SOON", // 50 or 51: might already be over 50
        "1976, true,  NONE", // 49 or 50: not over 50
        "1985, true,  NONE", // 40 or 41
        "2005, false, NONE", // 20 or 21
        "2006, false, GP_SOON", // 19 or 20: might be 19, so the pain started before 20
        "2008, true,  GP_SOON" // 17 or 18
    })
    void back_pain_starting_before_20_or_new_after_50_calls_for_a_gp_appointment_soon(
            int born, boolean newPain, AdviceLevel expected) {
        RedFlagOutcome outcome = rules.checkRedFlags(RedFlagAnswers.none().withAge(born, newPain));

        assertThat(outcome.level()).isEqualTo(expected);
        assertThat(outcome.any()).isFalse();
    }

    @Test
    void gp_soon_still_gives_a_programme_with_the_advice_shown() {
        AssessmentResult result = rules.assess(
                answers().redFlags(RedFlagAnswers.none().withAge(1970, true)).build());

        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.GP_SOON);
        assertThat(result.programmeAllowed()).isTrue();
        assertThat(result.gpSoon()).isTrue();
        assertThat(result.notes()).anyMatch(n -> n.startsWith("Book a GP appointment"));
        assertThat(ResultWording.advice(AdviceLevel.GP_SOON)).isEqualTo("Book a GP appointment");
    }

    @Test
    void a_year_of_birth_making_the_member_under_18_is_refused_kindly() {
        assertThatThrownBy(() -> rules.checkRedFlags(RedFlagAnswers.none().withAge(2010, true)))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys(Questionnaire.YEAR_OF_BIRTH)
                                .extractingByKey(Questionnaire.YEAR_OF_BIRTH)
                                .asString()
                                .contains("18 or over")
                                .contains("111"));
    }

    @Test
    void a_red_flag_is_acted_on_even_without_a_year_of_birth() {
        RedFlagOutcome outcome =
                rules.checkRedFlags(RedFlagAnswers.yesTo(RedFlag.BOTH_LEGS).withAge(null, null));

        assertThat(outcome.level()).isEqualTo(AdviceLevel.EMERGENCY);
    }

    @Test
    void urgent_advice_is_given_even_when_the_rest_of_the_questionnaire_is_unanswered_or_wrong() {
        AssessmentAnswers stoppedAfterRedFlags = answers()
                .redFlags(RedFlagAnswers.yesTo(RedFlag.SADDLE_NUMBNESS))
                .painNow(null)
                .worstThisWeek(42)
                .duration(null)
                .legRaise(null)
                .goals(Set.of())
                .build();

        AssessmentResult result = rules.assess(stoppedAfterRedFlags);

        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.EMERGENCY);
        assertThat(result.programmeAllowed()).isFalse();
    }

    @Test
    void a_cleared_lifelong_fact_no_longer_suspends_but_an_uncleared_one_does() {
        RedFlagAnswers cancer = RedFlagAnswers.yesTo(RedFlag.CANCER_HISTORY);

        assertThat(rules.checkRedFlags(cancer, Set.of()).level()).isEqualTo(AdviceLevel.URGENT_GP);
        RedFlagOutcome cleared = rules.checkRedFlags(cancer, Set.of(RedFlag.CANCER_HISTORY));
        assertThat(cleared.level()).isEqualTo(AdviceLevel.NONE);
        assertThat(cleared.alreadyCleared()).containsExactly(RedFlag.CANCER_HISTORY);
        assertThat(rules.checkRedFlags(
                                RedFlagAnswers.yesTo(RedFlag.MINOR_FALL_FRAGILE_BONES),
                                Set.of(RedFlag.MINOR_FALL_FRAGILE_BONES))
                        .level())
                .isEqualTo(AdviceLevel.NONE);
    }

    @ParameterizedTest
    @EnumSource(
            value = RedFlag.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"CANCER_HISTORY", "MINOR_FALL_FRAGILE_BONES"})
    void a_clearance_never_covers_a_flag_that_is_not_a_lifelong_fact(RedFlag flag) {
        assertThat(rules.checkRedFlags(RedFlagAnswers.yesTo(flag), Set.of(RedFlag.values()))
                        .any())
                .isTrue();
    }

    @Test
    void an_unanswered_red_flag_question_is_named() {
        var partial = new RedFlagAnswers(Map.of(RedFlag.SADDLE_NUMBNESS, false, RedFlag.BLADDER_OR_BOWEL, false));

        assertThatThrownBy(() -> rules.checkRedFlags(partial))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors())
                                .hasSize(RedFlag.values().length - 2)
                                .containsKeys(
                                        "red-flag-both-legs", "red-flag-one-leg-weakness", "red-flag-night-pain"));
    }
}
