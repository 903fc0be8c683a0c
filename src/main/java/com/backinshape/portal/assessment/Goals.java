package com.backinshape.portal.assessment;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the member wants from the programme, with an optional note in their own words. */
public record Goals(Set<Goal> chosen, @Nullable String note) {

    /** The longest note accepted. */
    public static final int NOTE_MAX = 500;

    public Goals {
        chosen = Set.copyOf(chosen);
    }
}
