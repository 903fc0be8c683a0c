package com.backinshape.portal.assessment;

import java.util.Set;

/**
 * What the safety step means: the red flags that count (answered yes and not covered by an earlier clinician's
 * clearance), the lifelong facts answered yes that a clearance already covers, how urgently to get help, and the
 * message to show (which names the clinic's phone number).
 */
public record RedFlagOutcome(Set<RedFlag> present, Set<RedFlag> alreadyCleared, AdviceLevel level, String message) {

    public RedFlagOutcome {
        present = Set.copyOf(present);
        alreadyCleared = Set.copyOf(alreadyCleared);
    }

    /** Whether the answers call for Emergency or Urgent help: no programme then, and existing ones are suspended. */
    public boolean any() {
        return level.suspends();
    }

    /** Whether the member should book a GP appointment within a week or two (programme allowed, gentle). */
    public boolean gpSoon() {
        return level == AdviceLevel.GP_SOON;
    }
}
