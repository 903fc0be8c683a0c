package com.backinshape.portal.assessment;

import org.jspecify.annotations.Nullable;

/**
 * Sitting and posture habits and activity level. A {@code null} is an unanswered question.
 *
 * @param sittingHoursPerDay hours spent sitting on a usual day (0–24)
 * @param slouchesOften often slouches on the sofa or in bed
 */
public record DailyLife(
        @Nullable Integer sittingHoursPerDay,
        @Nullable Boolean worksFromHome,
        @Nullable Boolean slouchesOften,
        @Nullable ActivityLevel activity) {}
