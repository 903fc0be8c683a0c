package com.backinshape.portal.assessment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the safety step: yes/no to each red-flag question (a question missing from the map has not been
 * answered), the year of birth and whether the back pain is new.
 */
public record RedFlagAnswers(
        Map<RedFlag, Boolean> answers,
        @Nullable Integer yearOfBirth,
        @Nullable Boolean newBackPain) {

    /** A year of birth that makes anyone an adult of working age, for tests and defaults. */
    public static final int ADULT_YEAR_OF_BIRTH = 1985;

    public RedFlagAnswers {
        answers = Map.copyOf(answers);
    }

    /** Red-flag answers only, with an adult of 40-odd whose pain is not new. */
    public RedFlagAnswers(Map<RedFlag, Boolean> answers) {
        this(answers, ADULT_YEAR_OF_BIRTH, false);
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

    /** The same answers with another year of birth and new-pain answer. */
    public RedFlagAnswers withAge(@Nullable Integer yearOfBirth, @Nullable Boolean newBackPain) {
        return new RedFlagAnswers(answers, yearOfBirth, newBackPain);
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
