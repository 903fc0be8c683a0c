package com.backinshape.portal.assessment;

/**
 * The warning signs asked about before anything else. Which advice each one leads to is decided
 * in {@link ClinicalRules}, not here.
 */
public enum RedFlag {
    SADDLE_NUMBNESS("red-flag-saddle-numbness"),
    BLADDER_OR_BOWEL("red-flag-bladder-bowel"),
    LEG_WEAKNESS_OR_BOTH_LEGS("red-flag-legs"),
    FEVER_OR_UNWELL("red-flag-fever"),
    CANCER_OR_WEIGHT_LOSS("red-flag-cancer-weight-loss"),
    RECENT_FALL_OR_INJURY("red-flag-fall-injury"),
    CONSTANT_NIGHT_PAIN("red-flag-night-pain");

    private final String questionId;

    RedFlag(String questionId) {
        this.questionId = questionId;
    }

    /** The id of the question asking about this sign in {@link Questionnaire}. */
    public String questionId() {
        return questionId;
    }
}
