package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.ClinicalRules.PAIN_MAX;
import static com.backinshape.portal.assessment.ClinicalRules.PAIN_MIN;
import static com.backinshape.portal.assessment.ClinicalRules.SITTING_HOURS_MAX;
import static com.backinshape.portal.assessment.Questionnaire.ACTIVITY_LEVEL;
import static com.backinshape.portal.assessment.Questionnaire.GOALS;
import static com.backinshape.portal.assessment.Questionnaire.GOALS_NOTE;
import static com.backinshape.portal.assessment.Questionnaire.LEG_RAISE;
import static com.backinshape.portal.assessment.Questionnaire.LEG_RAISE_PAIN_BELOW_KNEE;
import static com.backinshape.portal.assessment.Questionnaire.PAIN_AREAS;
import static com.backinshape.portal.assessment.Questionnaire.PAIN_DURATION;
import static com.backinshape.portal.assessment.Questionnaire.PAIN_NOW;
import static com.backinshape.portal.assessment.Questionnaire.PAIN_WORST_WEEK;
import static com.backinshape.portal.assessment.Questionnaire.SITTING_HOURS;
import static com.backinshape.portal.assessment.Questionnaire.SLOUCHES_OFTEN;
import static com.backinshape.portal.assessment.Questionnaire.WORKS_FROM_HOME;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a set of answers is complete and in range: every question answered, scores within their scales. The ranges
 * are {@link ClinicalRules}' constants; this class only reports what is missing.
 */
final class AnswersValidation {

    private AnswersValidation() {}

    /**
     * Checks that every question is answered and within range.
     *
     * @throws InvalidAnswersException with one message per question that is unanswered or out of range
     */
    static void validate(AssessmentAnswers answers) {
        var errors = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            if (answers.redFlags().answer(flag) == null) {
                errors.put(flag.questionId(), "Answer yes or no.");
            }
        }
        if (answers.redFlags().present().isEmpty()) {
            if (answers.redFlags().yearOfBirth() == null) {
                errors.put(Questionnaire.YEAR_OF_BIRTH, "Enter the year you were born, for example 1980.");
            }
            if (answers.redFlags().newBackPain() == null) {
                errors.put(Questionnaire.BACK_PAIN_NEW, "Answer yes or no.");
            }
        }
        checkPain(answers.pain(), errors);
        checkStartBack(answers.startBack(), errors);
        checkDailyLife(answers.dailyLife(), errors);
        checkHamstringTest(answers.hamstringTest(), errors);
        checkGoals(answers.goals(), errors);
        throwIfAny(errors);
    }

    static void checkPain(PainAnswers pain, Map<String, String> errors) {
        if (pain.areas().isEmpty()) {
            errors.put(PAIN_AREAS, "Choose at least one place where you feel the pain.");
        }
        if (pain.duration() == null) {
            errors.put(PAIN_DURATION, "Choose how long the pain has lasted.");
        }
        checkPainScore(pain.painNow(), PAIN_NOW, "your pain right now", errors);
        checkPainScore(pain.worstThisWeek(), PAIN_WORST_WEEK, "your worst pain this week", errors);
        if (!errors.containsKey(PAIN_NOW)
                && !errors.containsKey(PAIN_WORST_WEEK)
                && pain.worstThisWeek() < pain.painNow()) {
            errors.put(PAIN_WORST_WEEK, "Your worst pain this week can't be lower than your pain right now.");
        }
    }

    static void checkPainScore(@Nullable Integer score, String question, String what, Map<String, String> errors) {
        if (score == null) {
            errors.put(question, "Choose a number from 0 to 10 for " + what + ".");
        } else if (score < PAIN_MIN || score > PAIN_MAX) {
            errors.put(question, "Choose a number from 0 to 10 for " + what + " (you gave " + score + ").");
        }
    }

    static void checkStartBack(StartBackAnswers startBack, Map<String, String> errors) {
        for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS; item++) {
            if (startBack.item(item) == null) {
                errors.put(StartBackAnswers.questionId(item), "Choose agree or disagree.");
            }
        }
        if (startBack.bothersomeness() == null) {
            errors.put(StartBackAnswers.questionId(9), "Choose how much your back pain has bothered you.");
        }
    }

    static void checkDailyLife(DailyLife life, Map<String, String> errors) {
        Integer hours = life.sittingHoursPerDay();
        if (hours == null) {
            errors.put(SITTING_HOURS, "Enter how many hours you sit on a usual day.");
        } else if (hours < 0 || hours > SITTING_HOURS_MAX) {
            errors.put(SITTING_HOURS, "Enter a number of hours from 0 to 24 (you gave " + hours + ").");
        }
        if (life.worksFromHome() == null) {
            errors.put(WORKS_FROM_HOME, "Answer yes or no.");
        }
        if (life.slouchesOften() == null) {
            errors.put(SLOUCHES_OFTEN, "Answer yes or no.");
        }
        if (life.activity() == null) {
            errors.put(ACTIVITY_LEVEL, "Choose how active you are.");
        }
    }

    static void checkHamstringTest(HamstringTest test, Map<String, String> errors) {
        if (test.legRaise() == null) {
            errors.put(LEG_RAISE, "Choose how high your leg went.");
        }
        if (test.painBelowKnee() == null) {
            errors.put(LEG_RAISE_PAIN_BELOW_KNEE, "Answer yes or no.");
        }
    }

    static void checkGoals(Goals goals, Map<String, String> errors) {
        if (goals.chosen().isEmpty()) {
            errors.put(GOALS, "Choose at least one goal.");
        }
        String note = goals.note();
        if (note != null && note.length() > Goals.NOTE_MAX) {
            errors.put(
                    GOALS_NOTE,
                    "Keep your note to " + Goals.NOTE_MAX + " characters or fewer (it has " + note.length() + ").");
        }
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
    }
}
