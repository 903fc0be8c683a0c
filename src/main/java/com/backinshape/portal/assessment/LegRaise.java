package com.backinshape.portal.assessment;

/**
 * How high the straight leg rose in the hamstring self-test (lying on the back) before the back of the thigh stopped
 * it. Which of these count as tight is decided in {@link ClinicalRules}.
 */
public enum LegRaise {
    UNDER_30_DEGREES,
    FROM_30_TO_50_DEGREES,
    FROM_50_TO_70_DEGREES,
    OVER_70_DEGREES
}
