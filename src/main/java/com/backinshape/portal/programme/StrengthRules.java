package com.backinshape.portal.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The progression rules of the strength programmes, as docs/clinical-rules.md (section 8) states them. Pure: given
 * where the member is and the session just logged, says where they go next.
 */
final class StrengthRules {

    /** What a logged session does to the member's place in the programme. */
    enum Change {
        STAY,
        ADVANCE,
        STEP_BACK
    }

    /**
     * Where the member stands in the programme.
     *
     * @param aboutRight sessions done and rated "About right" since the member reached this week
     * @param tooEasy sessions done and rated "Too easy" since the member reached this week
     */
    record Position(int week, int aboutRight, int tooEasy, boolean completed) {}

    record Outcome(Change change, Position next) {}

    private StrengthRules() {}

    /**
     * @param usualPain the member's usual pain, fixed (see {@link #usualPain}); null when not known
     * @param advancedToday whether the member already moved up today (at most one move up a day)
     * @param slowProgression higher risk of a slow recovery: only {@code aboutRightToAdvance} sessions (rated "About
     *     right" or "Too easy") move the member on, never the "Too easy" shortcut
     */
    static Outcome apply(
            StrengthPlan.Rules rules,
            int totalWeeks,
            Position now,
            boolean done,
            int pain,
            SessionFeedback feedback,
            @Nullable Integer usualPain,
            boolean advancedToday,
            boolean slowProgression) {
        boolean painRose = usualPain != null && pain - usualPain >= rules.painRiseToStepBack();
        if (feedback == SessionFeedback.TOO_HARD || painRose || pain >= rules.painAlwaysStepsBack()) {
            return new Outcome(Change.STEP_BACK, new Position(Math.max(1, now.week() - 1), 0, 0, false));
        }
        if (!done) {
            return new Outcome(Change.STAY, now);
        }
        int aboutRight = now.aboutRight()
                + (feedback == SessionFeedback.ABOUT_RIGHT || slowProgression && feedback == SessionFeedback.TOO_EASY
                        ? 1
                        : 0);
        int tooEasy = now.tooEasy() + (feedback == SessionFeedback.TOO_EASY ? 1 : 0);
        boolean earned =
                aboutRight >= rules.aboutRightToAdvance() || !slowProgression && tooEasy >= rules.tooEasyToAdvance();
        if (earned && !advancedToday) {
            if (now.week() >= totalWeeks) {
                return new Outcome(Change.ADVANCE, new Position(totalWeeks, 0, 0, true));
            }
            return new Outcome(Change.ADVANCE, new Position(now.week() + 1, 0, 0, now.completed()));
        }
        return new Outcome(Change.STAY, new Position(now.week(), aboutRight, tooEasy, now.completed()));
    }

    /**
     * The member's usual pain, fixed once known so it cannot drift upwards: the median (the lower middle one for an
     * even count) of the questionnaire's pain now and the pain after the member's first {@code usualPainFirstSessions}
     * strength sessions (fewer while fewer have been logged). Null when nothing is known.
     */
    static @Nullable Integer usualPain(@Nullable Integer questionnairePainNow, List<Integer> firstSessionsPain) {
        var all = new java.util.ArrayList<Integer>(firstSessionsPain);
        if (questionnairePainNow != null) {
            all.add(questionnairePainNow);
        }
        if (all.isEmpty()) {
            return null;
        }
        List<Integer> sorted = all.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** What the member reads under "Next time". */
    static String nextTime(StrengthPlan.Rules rules, int totalWeeks, Position p) {
        String where =
                p.week() >= totalWeeks ? "you have finished the programme" : "you move on to week " + (p.week() + 1);
        int right = rules.aboutRightToAdvance() - p.aboutRight();
        int easy = rules.tooEasyToAdvance() - p.tooEasy();
        return "Do this week's session again. After " + right + " more " + sessions(right)
                + " rated \"About right\" (or "
                + easy + " more rated \"Too easy\") " + where
                + ". If a session is \"Too hard\", or your pain after it is "
                + rules.painRiseToStepBack() + " or more points above your usual (or " + rules.painAlwaysStepsBack()
                + " or more), you go back a week. You move up at most once a day.";
    }

    private static String sessions(int n) {
        return n == 1 ? "session" : "sessions";
    }
}
