package com.backinshape.portal.assessment;

/** How urgently a member should get medical help, most urgent first. */
public enum AdviceLevel {
    /** Go to A&amp;E now. */
    EMERGENCY,
    /** See a GP urgently, or call 111. */
    URGENT_GP,
    /** No red flag: the programme may be offered. */
    NONE
}
