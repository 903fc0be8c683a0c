package com.backinshape.portal.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A complete, valid set of answers (no red flag, low risk, hamstrings not tight, little sitting) that a test changes
 * only where it matters.
 */
public final class AnswersBuilder {

    private RedFlagAnswers redFlags = RedFlagAnswers.none();
    private Set<PainArea> areas = Set.of(PainArea.LOWER_BACK);
    private @Nullable PainDuration duration = PainDuration.OVER_12_WEEKS;
    private @Nullable Integer painNow = 3;
    private @Nullable Integer worst = 5;
    private StartBackAnswers startBack = lowRisk();
    private @Nullable Integer sittingHours = 4;
    private @Nullable Boolean worksFromHome = false;
    private @Nullable Boolean slouches = false;
    private @Nullable ActivityLevel activity = ActivityLevel.LIGHT;
    private @Nullable LegRaise legRaise = LegRaise.OVER_70_DEGREES;
    private @Nullable Boolean painBelowKnee = false;
    private Set<Goal> goals = Set.of(Goal.LESS_PAIN);
    private @Nullable String note;

    private AnswersBuilder() {}

    public static AnswersBuilder answers() {
        return new AnswersBuilder();
    }

    /** Total 1 (item 2, neck or shoulder pain, agreed): low risk; item 1 (pain down the leg) is a nerve sign. */
    public static StartBackAnswers lowRisk() {
        return startBack(Bothersomeness.SLIGHTLY, 2);
    }

    /** Total 4, psychosocial 1 (items 2–4 agreed, very bothersome): medium risk, without the leg-pain item. */
    public static StartBackAnswers mediumRisk() {
        return startBack(Bothersomeness.VERY_MUCH, 2, 3, 4);
    }

    /** Total 5, psychosocial 5 (items 5–8 agreed, extremely bothersome): high risk. */
    public static StartBackAnswers highRisk() {
        return startBack(Bothersomeness.EXTREMELY, 5, 6, 7, 8);
    }

    /** The given items (1–8) agreed, the others disagreed. */
    public static StartBackAnswers startBack(Bothersomeness item9, int... agreedItems) {
        boolean[] agree = new boolean[StartBackAnswers.AGREE_ITEMS];
        for (int item : agreedItems) {
            agree[item - 1] = true;
        }
        return StartBackAnswers.of(agree, item9);
    }

    /** Items 1–8 as given, with {@code null} for an unanswered one. */
    public static StartBackAnswers startBack(@Nullable Bothersomeness item9, @Nullable Boolean... items) {
        return new StartBackAnswers(new ArrayList<>(Arrays.asList(items)), item9);
    }

    public AnswersBuilder redFlags(RedFlagAnswers value) {
        redFlags = value;
        return this;
    }

    public AnswersBuilder painAreas(Set<PainArea> value) {
        areas = value;
        return this;
    }

    public AnswersBuilder duration(@Nullable PainDuration value) {
        duration = value;
        return this;
    }

    public AnswersBuilder painNow(@Nullable Integer value) {
        painNow = value;
        return this;
    }

    public AnswersBuilder worstThisWeek(@Nullable Integer value) {
        worst = value;
        return this;
    }

    public AnswersBuilder startBack(StartBackAnswers value) {
        startBack = value;
        return this;
    }

    public AnswersBuilder sittingHours(@Nullable Integer value) {
        sittingHours = value;
        return this;
    }

    public AnswersBuilder worksFromHome(@Nullable Boolean value) {
        worksFromHome = value;
        return this;
    }

    public AnswersBuilder slouches(@Nullable Boolean value) {
        slouches = value;
        return this;
    }

    public AnswersBuilder activity(@Nullable ActivityLevel value) {
        activity = value;
        return this;
    }

    public AnswersBuilder legRaise(@Nullable LegRaise value) {
        legRaise = value;
        return this;
    }

    public AnswersBuilder painBelowKnee(@Nullable Boolean value) {
        painBelowKnee = value;
        return this;
    }

    public AnswersBuilder goals(Set<Goal> value) {
        goals = value;
        return this;
    }

    public AnswersBuilder note(@Nullable String value) {
        note = value;
        return this;
    }

    public AssessmentAnswers build() {
        return new AssessmentAnswers(
                redFlags,
                new PainAnswers(areas, duration, painNow, worst),
                startBack,
                new DailyLife(sittingHours, worksFromHome, slouches, activity),
                new HamstringTest(legRaise, painBelowKnee),
                new Goals(goals, note));
    }
}
