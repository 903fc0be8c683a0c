package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HamstringFindingTest {

    private final ClinicalRules rules = new ClinicalRules("0203 947 32 22");

    @ParameterizedTest(name = "{0}, pain below knee {1} -> {2}")
    @CsvSource({
        "UNDER_30_DEGREES,      false, TIGHT",
        "FROM_30_TO_50_DEGREES, false, TIGHT",
        "FROM_50_TO_70_DEGREES, false, TIGHT",
        "OVER_70_DEGREES,       false, NOT_TIGHT",
        "UNDER_30_DEGREES,      true,  NERVE_SIGN",
        "FROM_30_TO_50_DEGREES, true,  NERVE_SIGN",
        "FROM_50_TO_70_DEGREES, true,  NERVE_SIGN",
        "OVER_70_DEGREES,       true,  NERVE_SIGN",
    })
    void a_raise_under_70_degrees_is_tight_and_pain_below_the_knee_is_a_nerve_sign(
            LegRaise raise, boolean painBelowKnee, HamstringFinding expected) {
        assertThat(ClinicalRules.hamstringFinding(new HamstringTest(raise, painBelowKnee)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void a_nerve_sign_adds_advice_to_see_a_clinician(boolean painBelowKnee) {
        AssessmentResult result = rules.assess(answers()
                .legRaise(LegRaise.FROM_30_TO_50_DEGREES)
                .painBelowKnee(painBelowKnee)
                .build());

        assertThat(result.seeClinicianAboutNerveSign()).isEqualTo(painBelowKnee);
        if (painBelowKnee) {
            assertThat(result.notes())
                    .singleElement()
                    .asString()
                    .contains("clinician")
                    .contains("0203 947 32 22");
        } else {
            assertThat(result.notes()).isEmpty();
        }
    }
}
