package com.backinshape.portal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** STarT Back Screening Tool (© Keele University) scoring, checked against the published rule. */
class StartBackScoringTest {

    /**
     * The rule as the tool's scoring guide states it, written out here independently of {@link ClinicalRules}: a point
     * per agreed item 1–8; item 9 scores only for "very much" and "extremely"; 3 or less is low risk; 4 or more is high
     * risk when items 5–9 score 4 or 5, else medium.
     */
    private static RiskGroup expectedRisk(boolean[] agreed, Bothersomeness item9) {
        int[] points = new int[10]; // points[1] .. points[9]
        for (int item = 1; item <= 8; item++) {
            points[item] = agreed[item - 1] ? 1 : 0;
        }
        points[9] = switch (item9) {
            case VERY_MUCH, EXTREMELY -> 1;
            case NOT_AT_ALL, SLIGHTLY, MODERATELY -> 0;
        };
        int total = points[1] + points[2] + points[3] + points[4] + points[5] + points[6] + points[7] + points[8]
                + points[9];
        int psychosocial = points[5] + points[6] + points[7] + points[8] + points[9];
        if (total <= 3) {
            return RiskGroup.LOW;
        }
        return psychosocial >= 4 ? RiskGroup.HIGH : RiskGroup.MEDIUM;
    }

    @Test
    void every_one_of_the_1280_answer_combinations_gets_the_risk_group_of_the_published_rule() {
        int checked = 0;
        var seen = new java.util.EnumMap<RiskGroup, Integer>(RiskGroup.class);
        for (int mask = 0; mask < 256; mask++) {
            boolean[] agreed = new boolean[8];
            for (int bit = 0; bit < 8; bit++) {
                agreed[bit] = (mask & (1 << bit)) != 0;
            }
            for (Bothersomeness item9 : Bothersomeness.values()) {
                StartBackScore score = ClinicalRules.scoreStartBack(StartBackAnswers.of(agreed, item9));

                assertThat(score.riskGroup())
                        .as("items 1-8 %s, item 9 %s", java.util.Arrays.toString(agreed), item9)
                        .isEqualTo(expectedRisk(agreed, item9));
                seen.merge(score.riskGroup(), 1, Integer::sum);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(1280);
        assertThat(seen).containsOnlyKeys(RiskGroup.LOW, RiskGroup.MEDIUM, RiskGroup.HIGH);
    }

    @Test
    void totals_and_psychosocial_subscores_are_reported() {
        // items 1, 5, 6 agreed and "very much": total 4, psychosocial 3 -> medium
        StartBackScore score =
                ClinicalRules.scoreStartBack(AnswersBuilder.startBack(Bothersomeness.VERY_MUCH, 1, 5, 6));

        assertThat(score).isEqualTo(new StartBackScore(4, 3, RiskGroup.MEDIUM));
    }

    @Test
    void moderately_bothersome_scores_nothing_and_very_much_scores_one() {
        assertThat(ClinicalRules.scoreStartBack(AnswersBuilder.startBack(Bothersomeness.MODERATELY, 5, 6, 7)))
                .isEqualTo(new StartBackScore(3, 3, RiskGroup.LOW));
        assertThat(ClinicalRules.scoreStartBack(AnswersBuilder.startBack(Bothersomeness.VERY_MUCH, 5, 6, 7)))
                .isEqualTo(new StartBackScore(4, 4, RiskGroup.HIGH));
    }

    @Test
    void an_unanswered_item_is_named_rather_than_scored_as_disagree() {
        StartBackAnswers missingItem3 =
                AnswersBuilder.startBack(Bothersomeness.SLIGHTLY, true, false, null, false, false, false, false, false);

        assertThatThrownBy(() -> ClinicalRules.scoreStartBack(missingItem3))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors()).isEqualTo(Map.of("start-back-3", "Choose agree or disagree.")))
                .hasMessageContaining("start-back-3");
    }
}
