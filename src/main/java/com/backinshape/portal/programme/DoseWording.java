package com.backinshape.portal.programme;

import java.util.ArrayList;

/** A dose in plain words, e.g. "Hold for 30 seconds, 2 times on each side, twice a day, every day." */
public final class DoseWording {

    private DoseWording() {}

    public static String describe(Dose dose) {
        var parts = new ArrayList<String>();
        if (dose.holdSeconds() > 0) {
            parts.add("Hold for " + dose.holdSeconds() + " seconds");
        }
        String reps = dose.reps() == 1 ? "once" : dose.reps() + " times";
        parts.add(reps + (dose.eachSide() ? " on each side" : ""));
        if (dose.sets() > 1) {
            parts.add(dose.sets() + " sets with " + dose.restSeconds() + " seconds' rest between them");
        }
        parts.add(
                switch (dose.timesPerDay()) {
                    case 1 -> "once a day";
                    case 2 -> "twice a day";
                    default -> dose.timesPerDay() + " times a day";
                });
        parts.add(dose.daysPerWeek() == 7 ? "every day" : dose.daysPerWeek() + " days a week");
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
