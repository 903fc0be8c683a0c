package com.backinshape.portal.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a questionnaire, decided by {@link ClinicalRules#assess}.
 *
 * @param redFlags the red-flag outcome, always present
 * @param startBack the STarT Back score; {@code null} when a red flag stopped the assessment
 * @param hamstring the hamstring finding; {@code null} when a red flag stopped the assessment
 * @param recommendation the next step advised
 * @param notes further advice to show with the result (e.g. see a clinician about a nerve sign)
 */
public record AssessmentResult(
        RedFlagOutcome redFlags,
        @Nullable StartBackScore startBack,
        @Nullable HamstringFinding hamstring,
        Recommendation recommendation,
        List<String> notes) {

    public AssessmentResult {
        notes = List.copyOf(notes);
    }

    public AdviceLevel adviceLevel() {
        return redFlags.level();
    }

    public @Nullable RiskGroup riskGroup() {
        return startBack == null ? null : startBack.riskGroup();
    }

    /** Whether an exercise programme may be offered (never with a red flag). */
    public boolean programmeAllowed() {
        return !redFlags.any();
    }

    /** Whether programmes the member already has (free or premium) must be suspended. */
    public boolean suspendsExistingProgrammes() {
        return redFlags.any();
    }

    /** Whether the member should book a GP appointment within a week or two (programme at the gentle dose). */
    public boolean gpSoon() {
        return redFlags.gpSoon();
    }

    /** Whether the member should see a clinician about the nerve sign rather than stretch more. */
    public boolean seeClinicianAboutNerveSign() {
        return hamstring == HamstringFinding.NERVE_SIGN;
    }
}
