package com.backinshape.portal.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The hamstring self-test: lying on the back, one straight leg is raised until the back of the thigh stops it. A
 * {@code null} is an unanswered question.
 *
 * @param painBelowKnee pain or tingling below the knee during the test
 */
public record HamstringTest(
        @Nullable LegRaise legRaise, @Nullable Boolean painBelowKnee) {}
