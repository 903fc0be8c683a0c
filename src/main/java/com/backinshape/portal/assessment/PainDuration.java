package com.backinshape.portal.assessment;

/** How long this episode of pain has lasted. */
public enum PainDuration {
    UNDER_6_WEEKS,
    FROM_6_TO_12_WEEKS,
    OVER_12_WEEKS
}
