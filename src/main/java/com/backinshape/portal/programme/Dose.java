package com.backinshape.portal.programme;

/**
 * How much of an exercise to do.
 *
 * @param holdSeconds each repetition is held this long (0: a moving exercise, not held)
 * @param reps repetitions per set (per side when {@code eachSide})
 * @param sets sets per session
 * @param restSeconds rest between sets (0 with a single set)
 * @param timesPerDay sessions on a day the exercise is done
 * @param daysPerWeek days a week the exercise is done, 1–7
 * @param eachSide whether the reps are done on each side (leg, arm) in turn
 */
public record Dose(
        int holdSeconds, int reps, int sets, int restSeconds, int timesPerDay, int daysPerWeek, boolean eachSide) {

    public Dose {
        if (holdSeconds < 0
                || restSeconds < 0
                || reps < 1
                || sets < 1
                || timesPerDay < 1
                || daysPerWeek < 1
                || daysPerWeek > 7) {
            throw new IllegalArgumentException("Impossible dose: " + holdSeconds + " s hold, " + reps + " reps, " + sets
                    + " sets, " + restSeconds + " s rest, " + timesPerDay + "/day, " + daysPerWeek + "/week");
        }
    }

    /** Whether this dose asks for no more than {@code other} in any respect. */
    public boolean isNoMoreThan(Dose other) {
        return holdSeconds <= other.holdSeconds
                && reps <= other.reps
                && sets <= other.sets
                && timesPerDay <= other.timesPerDay
                && daysPerWeek <= other.daysPerWeek;
    }
}
