package com.backinshape.portal.assessment;

/**
 * The warning signs asked about before anything else (questionnaire v2). Which advice each one leads to, and which of
 * them are lifelong facts a clinician's clearance covers for good, is decided in {@link ClinicalRules}, not here.
 */
public enum RedFlag {
    SADDLE_NUMBNESS("red-flag-saddle-numbness"),
    BLADDER_OR_BOWEL("red-flag-bladder-bowel"),
    BOTH_LEGS("red-flag-both-legs"),
    SEXUAL_FUNCTION("red-flag-sexual-function"),
    ONE_LEG_WEAKENING("red-flag-one-leg-weakness"),
    FEVER_OR_VERY_UNWELL("red-flag-fever"),
    SERIOUS_INJURY("red-flag-serious-injury"),
    MINOR_FALL_FRAGILE_BONES("red-flag-minor-fall-fragile-bones"),
    CANCER_HISTORY("red-flag-cancer-history"),
    WEIGHT_LOSS("red-flag-weight-loss"),
    CONSTANT_NIGHT_PAIN("red-flag-night-pain"),
    WEAKENED_IMMUNITY_OR_INJECTING("red-flag-immune");

    private final String questionId;

    RedFlag(String questionId) {
        this.questionId = questionId;
    }

    /** The id of the question asking about this sign in {@link Questionnaire}. */
    public String questionId() {
        return questionId;
    }
}
