package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RedFlagRulesTest {

    private static final String PHONE = "0203 947 32 22";
    private final ClinicalRules rules = new ClinicalRules(PHONE);

    /** PRODUCT.md: bladder/bowel or saddle symptoms -> A&E now; the others -> GP urgently or 111. */
    private static final Map<RedFlag, AdviceLevel> EXPECTED = new EnumMap<>(Map.of(
            RedFlag.SADDLE_NUMBNESS, AdviceLevel.EMERGENCY,
            RedFlag.BLADDER_OR_BOWEL, AdviceLevel.EMERGENCY,
            RedFlag.LEG_WEAKNESS_OR_BOTH_LEGS, AdviceLevel.URGENT_GP,
            RedFlag.FEVER_OR_UNWELL, AdviceLevel.URGENT_GP,
            RedFlag.CANCER_OR_WEIGHT_LOSS, AdviceLevel.URGENT_GP,
            RedFlag.RECENT_FALL_OR_INJURY, AdviceLevel.URGENT_GP,
            RedFlag.CONSTANT_NIGHT_PAIN, AdviceLevel.URGENT_GP));

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void each_red_flag_alone_blocks_the_programme_and_sends_the_member_to_the_right_care(RedFlag flag) {
        AssessmentResult result = rules.assess(answers().redFlags(RedFlagAnswers.yesTo(flag)).build());

        assertThat(result.programmeAllowed()).isFalse();
        assertThat(result.suspendsExistingProgrammes()).isTrue();
        assertThat(result.redFlags().present()).containsExactly(flag);
        assertThat(result.adviceLevel()).isEqualTo(EXPECTED.get(flag));
        assertThat(result.recommendation().step()).isEqualTo(NextStep.SEEK_MEDICAL_HELP);
        assertThat(result.redFlags().message()).contains(PHONE);
        if (EXPECTED.get(flag) == AdviceLevel.EMERGENCY) {
            assertThat(result.redFlags().message()).startsWith("Go to A&E now");
        } else {
            assertThat(result.redFlags().message()).startsWith("See your GP urgently").contains("111");
        }
        assertThat(result.riskGroup()).isNull();
        assertThat(result.hamstring()).isNull();
    }

    @Test
    void every_red_flag_has_an_expected_advice_level() {
        assertThat(EXPECTED).containsOnlyKeys(RedFlag.values());
        for (RedFlag flag : RedFlag.values()) {
            assertThat(ClinicalRules.adviceLevel(flag)).as(flag.name()).isEqualTo(EXPECTED.get(flag));
        }
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
                RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN, RedFlag.BLADDER_OR_BOWEL, RedFlag.FEVER_OR_UNWELL));

        assertThat(outcome.level()).isEqualTo(AdviceLevel.EMERGENCY);
        assertThat(outcome.present()).hasSize(3);
    }

    @Test
    void urgent_advice_is_given_even_when_the_rest_of_the_questionnaire_is_unanswered_or_wrong() {
        AssessmentAnswers stoppedAfterRedFlags = answers()
                .redFlags(RedFlagAnswers.yesTo(RedFlag.SADDLE_NUMBNESS))
                .painNow(null).worstThisWeek(42).duration(null).legRaise(null).goals(Set.of())
                .build();

        AssessmentResult result = rules.assess(stoppedAfterRedFlags);

        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.EMERGENCY);
        assertThat(result.programmeAllowed()).isFalse();
    }

    @Test
    void an_unanswered_red_flag_question_is_named() {
        var partial = new RedFlagAnswers(Map.of(RedFlag.SADDLE_NUMBNESS, false, RedFlag.BLADDER_OR_BOWEL, false));

        assertThatThrownBy(() -> rules.checkRedFlags(partial))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "red-flag-legs", "red-flag-fever", "red-flag-cancer-weight-loss", "red-flag-fall-injury",
                        "red-flag-night-pain"))
                .hasMessageContaining("red-flag-night-pain");
    }
}
