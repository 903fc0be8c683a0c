package com.backinshape.portal.assessment;

/** How active the member is in a usual week. */
public enum ActivityLevel {
    MOSTLY_SITTING,
    LIGHT,
    MODERATE,
    VERY_ACTIVE
}
