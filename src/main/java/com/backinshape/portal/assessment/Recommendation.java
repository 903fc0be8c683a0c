package com.backinshape.portal.assessment;

/** The next step advised, with the sentence the member reads. */
public record Recommendation(NextStep step, String message) {}
