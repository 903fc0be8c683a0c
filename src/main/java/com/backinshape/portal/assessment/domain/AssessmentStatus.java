package com.backinshape.portal.assessment.domain;

/** Where a questionnaire attempt is. */
public enum AssessmentStatus {
    IN_PROGRESS,
    COMPLETED
}
