package com.backinshape.portal.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answers to the 9 items of the STarT Back Screening Tool (© Keele University), about the last 2 weeks: items 1–8 agree
 * ({@code true}) or disagree ({@code false}), item 9 how bothersome the pain has been. A {@code null} is an unanswered
 * item.
 *
 * @param agree items 1 to 8 in order (index 0 is item 1); always 8 entries
 */
public record StartBackAnswers(
        List<@Nullable Boolean> agree, @Nullable Bothersomeness bothersomeness) {

    public static final int AGREE_ITEMS = 8;

    public StartBackAnswers {
        if (agree.size() != AGREE_ITEMS) {
            throw new IllegalArgumentException(
                    "STarT Back has " + AGREE_ITEMS + " agree/disagree items, got " + agree.size());
        }
        agree = Collections.unmodifiableList(new ArrayList<>(agree));
    }

    /** Items 1–8 from the given answers (item 1 first), and item 9. */
    public static StartBackAnswers of(boolean[] agree, Bothersomeness bothersomeness) {
        var items = new ArrayList<@Nullable Boolean>(AGREE_ITEMS);
        for (boolean answer : agree) {
            items.add(answer);
        }
        return new StartBackAnswers(items, bothersomeness);
    }

    /** The answer to item {@code number} (1–8). */
    public @Nullable Boolean item(int number) {
        return agree.get(number - 1);
    }

    /** The id of item {@code number} (1–9) in {@link Questionnaire}. */
    public static String questionId(int number) {
        return "start-back-" + number;
    }
}
