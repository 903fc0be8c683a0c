package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextStepTest {

    private final ClinicalRules rules = new ClinicalRules("0203 947 32 22");

    @Test
    void low_risk_is_advised_self_management() {
        AssessmentResult result =
                rules.assess(answers().startBack(AnswersBuilder.lowRisk()).build());

        assertThat(result.riskGroup()).isEqualTo(RiskGroup.LOW);
        assertThat(result.recommendation().step()).isEqualTo(NextStep.SELF_MANAGEMENT);
    }

    @Test
    void medium_risk_is_advised_to_see_a_physiotherapist() {
        AssessmentResult result =
                rules.assess(answers().startBack(AnswersBuilder.mediumRisk()).build());

        assertThat(result.riskGroup()).isEqualTo(RiskGroup.MEDIUM);
        assertThat(result.recommendation().step()).isEqualTo(NextStep.PROGRAMME_AND_PHYSIOTHERAPIST);
        assertThat(result.recommendation().message()).contains("physiotherapist");
    }

    @Test
    void high_risk_is_strongly_advised_to_book_a_consultation_by_phone() {
        AssessmentResult result =
                rules.assess(answers().startBack(AnswersBuilder.highRisk()).build());

        assertThat(result.riskGroup()).isEqualTo(RiskGroup.HIGH);
        assertThat(result.recommendation().step()).isEqualTo(NextStep.GENTLE_PROGRAMME_AND_CONSULTATION);
        assertThat(result.recommendation().message())
                .contains("strongly recommend")
                .contains("0203 947 32 22");
        assertThat(result.programmeAllowed()).isTrue();
    }
}
