package com.backinshape.portal.assessment;

/** How urgently a member should get medical help, most urgent first. */
public enum AdviceLevel {
    /** Go to A&amp;E now (or call 999). */
    EMERGENCY,
    /** Get urgent advice today: call 111 or see a GP today. (Name kept so results stored before v2 still read.) */
    URGENT_GP,
    /** Book a GP appointment within a week or two; the programme is allowed at the gentle dose. */
    GP_SOON,
    /** No warning sign: the programme may be offered. */
    NONE;

    /** Whether this level suspends every programme (Emergency and Urgent). */
    public boolean suspends() {
        return this == EMERGENCY || this == URGENT_GP;
    }
}
