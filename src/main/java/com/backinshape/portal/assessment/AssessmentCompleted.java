package com.backinshape.portal.assessment;

import java.time.Instant;

/**
 * A member finished a questionnaire (or a red flag ended it). Carries no health data: listeners that need the result
 * read it with {@link CompletedAssessments}; an email says only that results are ready, with a link to
 * {@code /results}.
 */
public record AssessmentCompleted(long memberId, long assessmentId, Instant completedAt) {}
