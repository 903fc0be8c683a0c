package com.backinshape.portal.assessment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Yes/no answers to the red-flag questions; a question missing from the map has not been answered.
 */
public record RedFlagAnswers(Map<RedFlag, Boolean> answers) {

    public RedFlagAnswers {
        answers = Map.copyOf(answers);
    }

    /** Every question answered "no". */
    public static RedFlagAnswers none() {
        var all = new EnumMap<RedFlag, Boolean>(RedFlag.class);
        for (RedFlag flag : RedFlag.values()) {
            all.put(flag, false);
        }
        return new RedFlagAnswers(all);
    }

    /** Every question answered, "yes" to the given ones only. */
    public static RedFlagAnswers yesTo(RedFlag first, RedFlag... more) {
        var all = new EnumMap<>(none().answers());
        for (RedFlag flag : EnumSet.of(first, more)) {
            all.put(flag, true);
        }
        return new RedFlagAnswers(all);
    }

    public @Nullable Boolean answer(RedFlag flag) {
        return answers.get(flag);
    }

    /** The signs answered "yes". */
    public Set<RedFlag> present() {
        var present = EnumSet.noneOf(RedFlag.class);
        answers.forEach((flag, yes) -> {
            if (yes) {
                present.add(flag);
            }
        });
        return present;
    }
}
