package com.backinshape.portal.assessment;

/** What the member is advised to do next. */
public enum NextStep {
    /** A red flag: get medical help; no programme. */
    SEEK_MEDICAL_HELP,
    /** Low risk: the self-management programme. */
    SELF_MANAGEMENT,
    /** Medium risk: the programme, and see a physiotherapist. */
    PROGRAMME_AND_PHYSIOTHERAPIST,
    /** High risk: a gentle programme, and book a consultation with the clinic. */
    GENTLE_PROGRAMME_AND_CONSULTATION
}
