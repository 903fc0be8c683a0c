package com.backinshape.portal.assessment;

/** Where the pain is felt (several may apply). */
public enum PainArea {
    LOWER_BACK,
    BUTTOCK,
    THIGH,
    BELOW_KNEE
}
