package com.backinshape.portal.assessment;

/** The STarT Back risk group. */
public enum RiskGroup {
    LOW,
    MEDIUM,
    HIGH
}
