package com.backinshape.portal.assessment;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where the pain is, how long it has lasted and how strong it is (0 = no pain, 10 = worst imaginable). A {@code null}
 * is an unanswered question.
 */
public record PainAnswers(
        Set<PainArea> areas,
        @Nullable PainDuration duration,
        @Nullable Integer painNow,
        @Nullable Integer worstThisWeek) {

    public PainAnswers {
        areas = Set.copyOf(areas);
    }
}
