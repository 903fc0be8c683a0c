package com.backinshape.portal.programme;

/**
 * The facts about a member that the programme rules ({@code programme/rules-v2.json}) test. How each is worked out from
 * the assessment is in {@link FreeProgrammePlanner#conditions}.
 */
public enum ProfileCondition {
    /** True for everyone. */
    ALWAYS,
    /** The hamstring self-test found tight hamstrings (and no nerve sign). */
    HAMSTRINGS_TIGHT,
    /**
     * A nerve sign in the leg: pain or tingling below the knee during the hamstring self-test, pain below the knee
     * among the pain areas, or pain spreading down the leg (see {@code ClinicalRules.legNerveSign}).
     */
    NERVE_SIGN,
    /** Sitting at least the rules' {@code longSittingHours} a day. */
    LONG_SITTING,
    WORKS_FROM_HOME,
    SLOUCHES_OFTEN,
    /** STarT Back high risk. */
    HIGH_RISK,
    /**
     * Pain now at least the rules' {@code acutePainNowAtLeast}, or a recent onset (under 6 weeks) with the worst this
     * week at least {@code recentOnsetWorstAtLeast}.
     */
    ACUTE_PAIN,
    /** New back pain before 20 or after 50: book a GP appointment soon; gentle dose meanwhile. */
    GP_SOON
}
