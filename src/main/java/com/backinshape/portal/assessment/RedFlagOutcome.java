package com.backinshape.portal.assessment;

import java.util.Set;

/**
 * What the red-flag answers mean: the signs present, how urgently to get help, and the message to
 * show (which names the clinic's phone number).
 */
public record RedFlagOutcome(Set<RedFlag> present, AdviceLevel level, String message) {

    public RedFlagOutcome {
        present = Set.copyOf(present);
    }

    /** Whether any red flag is present: no programme then, and existing ones are suspended. */
    public boolean any() {
        return !present.isEmpty();
    }
}
