package com.backinshape.portal.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The progression rules of the strength programmes, as docs/clinical-rules.md (section 8) states them.
 * Pure: given where the member is and the session just logged, says where they go next.
 */
final class StrengthRules {

    /** What a logged session does to the member's place in the programme. */
    enum Change { STAY, ADVANCE, STEP_BACK }

    /**
     * Where the member stands in the programme.
     *
     * @param aboutRight sessions done and rated "About right" since the member reached this week
     * @param tooEasy    sessions done and rated "Too easy" since the member reached this week
     */
    record Position(int week, int aboutRight, int tooEasy, boolean completed) {
    }

    record Outcome(Change change, Position next) {
    }

    private StrengthRules() {
    }

    /**
     * @param usualPain the member's usual pain (median of their last logged strength sessions), or null
     *                  before the first session
     */
    static Outcome apply(StrengthPlan.Rules rules, int totalWeeks, Position now, boolean done, int pain,
                         SessionFeedback feedback, @Nullable Integer usualPain) {
        boolean painRose = usualPain != null && pain - usualPain >= rules.painRiseToStepBack();
        if (feedback == SessionFeedback.TOO_HARD || painRose) {
            return new Outcome(Change.STEP_BACK, new Position(Math.max(1, now.week() - 1), 0, 0, false));
        }
        if (!done) {
            return new Outcome(Change.STAY, now);
        }
        int aboutRight = now.aboutRight() + (feedback == SessionFeedback.ABOUT_RIGHT ? 1 : 0);
        int tooEasy = now.tooEasy() + (feedback == SessionFeedback.TOO_EASY ? 1 : 0);
        if (aboutRight >= rules.aboutRightToAdvance() || tooEasy >= rules.tooEasyToAdvance()) {
            if (now.week() >= totalWeeks) {
                return new Outcome(Change.ADVANCE, new Position(totalWeeks, 0, 0, true));
            }
            return new Outcome(Change.ADVANCE, new Position(now.week() + 1, 0, 0, now.completed()));
        }
        return new Outcome(Change.STAY, new Position(now.week(), aboutRight, tooEasy, now.completed()));
    }

    /** The median of the given pain scores (the lower middle one for an even count), or null when none. */
    static @Nullable Integer usualPain(List<Integer> recentPain) {
        if (recentPain.isEmpty()) {
            return null;
        }
        List<Integer> sorted = recentPain.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** What the member reads under "Next time". */
    static String nextTime(StrengthPlan.Rules rules, int totalWeeks, Position p) {
        String where = p.week() >= totalWeeks ? "you have finished the programme" : "you move on to week " + (p.week() + 1);
        int right = rules.aboutRightToAdvance() - p.aboutRight();
        int easy = rules.tooEasyToAdvance() - p.tooEasy();
        return "Do this week's session again. After " + right + " more " + sessions(right) + " rated \"About right\" (or "
                + easy + " more rated \"Too easy\") " + where + ". If a session is \"Too hard\", or your pain after it is "
                + rules.painRiseToStepBack() + " or more points above your usual, you go back a week.";
    }

    private static String sessions(int n) {
        return n == 1 ? "session" : "sessions";
    }
}
