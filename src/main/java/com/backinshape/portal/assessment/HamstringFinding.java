package com.backinshape.portal.assessment;

/** What the hamstring self-test showed. */
public enum HamstringFinding {
    TIGHT,
    NOT_TIGHT,
    /** Pain or tingling below the knee during the test: a nerve sign, not tightness. */
    NERVE_SIGN
}
