package com.backinshape.portal.assessment;

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

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every clinical rule of the questionnaire, in one place for the clinic's clinician to review
 * (listed in plain English in {@code docs/clinical-rules.md}): validation of the answers, the
 * red-flag mapping, STarT Back scoring, the hamstring thresholds and nerve sign, and the next step.
 * The exercise programme that follows is decided by the rules in
 * {@code programme/rules-v1.json}.
 *
 * <p>Pure and stateless: the same answers always give the same result.
 */
public final class ClinicalRules {

    // ---- Red flags -------------------------------------------------------------------------

    /** Red flags that mean "go to A&amp;E now"; every other red flag means "see your GP urgently". */
    static final Set<RedFlag> EMERGENCY_FLAGS = EnumSet.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_OR_BOWEL);

    // ---- STarT Back (© Keele University) ---------------------------------------------------

    /** Item 9 answers that score 1 point. */
    static final Set<Bothersomeness> BOTHERSOME = EnumSet.of(Bothersomeness.VERY_MUCH, Bothersomeness.EXTREMELY);
    /** The first item of the psychosocial subscore (items 5–9). */
    static final int FIRST_PSYCHOSOCIAL_ITEM = 5;
    /** A total up to this is low risk. */
    static final int LOW_RISK_MAX_TOTAL = 3;
    /** With a higher total, a psychosocial subscore of at least this is high risk. */
    static final int HIGH_RISK_MIN_PSYCHOSOCIAL = 4;

    // ---- Hamstring self-test ---------------------------------------------------------------

    /** Straight-leg raises that count as tight hamstrings: anything under 70 degrees. */
    static final Set<LegRaise> TIGHT_RAISES = EnumSet.of(LegRaise.UNDER_30_DEGREES,
            LegRaise.FROM_30_TO_50_DEGREES, LegRaise.FROM_50_TO_70_DEGREES);

    // ---- Ranges ----------------------------------------------------------------------------

    static final int PAIN_MIN = 0;
    static final int PAIN_MAX = 10;
    static final int SITTING_HOURS_MAX = 24;

    private final String clinicPhone;

    /** @param clinicPhone the clinic's phone number, named in urgent advice and recommendations */
    public ClinicalRules(String clinicPhone) {
        if (clinicPhone.isBlank()) {
            throw new IllegalArgumentException("The clinic's phone number is needed for the advice");
        }
        this.clinicPhone = clinicPhone;
    }

    /**
     * Assesses a questionnaire. Red flags come first: when one is present the rest of the answers
     * are neither needed nor checked (urgent advice is never held up by an unrelated answer), and
     * no programme is offered.
     *
     * @throws InvalidAnswersException naming each question that is unanswered or out of range
     */
    public AssessmentResult assess(AssessmentAnswers answers) {
        RedFlagOutcome redFlags = checkRedFlags(answers.redFlags());
        if (redFlags.any()) {
            return new AssessmentResult(redFlags, null, null,
                    new Recommendation(NextStep.SEEK_MEDICAL_HELP, redFlags.message()), List.of());
        }
        validate(answers);
        StartBackScore score = scoreStartBack(answers.startBack());
        HamstringFinding hamstring = hamstringFinding(answers.hamstringTest());
        var notes = new ArrayList<String>();
        if (hamstring == HamstringFinding.NERVE_SIGN) {
            notes.add("Pain or tingling below the knee during the leg raise points to an irritated nerve rather "
                    + "than a tight muscle. Please have it checked by a clinician (your GP, a physiotherapist, or "
                    + "us on " + clinicPhone + ") before stretching your hamstrings. Until then your programme "
                    + "leaves hamstring stretches out.");
        }
        return new AssessmentResult(redFlags, score, hamstring, recommendation(score.riskGroup()), notes);
    }

    /**
     * What the red-flag answers mean. Shown straight after the red-flag step, before anything else is asked.
     *
     * @throws InvalidAnswersException naming each red-flag question left unanswered
     */
    public RedFlagOutcome checkRedFlags(RedFlagAnswers answers) {
        var errors = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            if (answers.answer(flag) == null) {
                errors.put(flag.questionId(), "Answer yes or no.");
            }
        }
        throwIfAny(errors);
        Set<RedFlag> present = answers.present();
        AdviceLevel level = present.isEmpty() ? AdviceLevel.NONE
                : present.stream().map(ClinicalRules::adviceLevel).min(Enum::compareTo).orElseThrow();
        return new RedFlagOutcome(present, level, redFlagMessage(level));
    }

    /** The advice a single red flag calls for. */
    public static AdviceLevel adviceLevel(RedFlag flag) {
        return EMERGENCY_FLAGS.contains(flag) ? AdviceLevel.EMERGENCY : AdviceLevel.URGENT_GP;
    }

    private String redFlagMessage(AdviceLevel level) {
        return switch (level) {
            case EMERGENCY -> "Go to A&E now. Numbness around your groin or buttocks, or new trouble passing "
                    + "urine or controlling your bladder or bowels, can mean the nerves at the base of your spine "
                    + "are being squeezed. This needs checking straight away: please don't wait to see if it "
                    + "settles. We won't suggest any exercises until a later questionnaire shows none of these "
                    + "warning signs. You can reach the clinic on " + clinicPhone + ".";
            case URGENT_GP -> "See your GP urgently, or call 111 if you can't get an appointment today. "
                    + "What you've told us needs checking by a doctor before you start exercising, so we won't "
                    + "suggest any exercises until a later questionnaire shows none of these warning signs. "
                    + "You can reach the clinic on " + clinicPhone + ".";
            case NONE -> "None of the warning signs we ask about.";
        };
    }

    /**
     * The STarT Back score: items 1–8 score 1 for "agree"; item 9 scores 1 for "very much" or
     * "extremely". A total of 0–3 is low risk; from 4, a psychosocial subscore (items 5–9) of 4 or 5
     * is high risk, otherwise medium.
     *
     * @throws InvalidAnswersException naming each unanswered item
     */
    public static StartBackScore scoreStartBack(StartBackAnswers answers) {
        var errors = new LinkedHashMap<String, String>();
        checkStartBack(answers, errors);
        throwIfAny(errors);
        int total = 0;
        int psychosocial = 0;
        for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS; item++) {
            if (Boolean.TRUE.equals(answers.item(item))) {
                total++;
                if (item >= FIRST_PSYCHOSOCIAL_ITEM) {
                    psychosocial++;
                }
            }
        }
        if (BOTHERSOME.contains(answers.bothersomeness())) {
            total++;
            psychosocial++;
        }
        RiskGroup group = total <= LOW_RISK_MAX_TOTAL ? RiskGroup.LOW
                : psychosocial >= HIGH_RISK_MIN_PSYCHOSOCIAL ? RiskGroup.HIGH
                : RiskGroup.MEDIUM;
        return new StartBackScore(total, psychosocial, group);
    }

    /**
     * What the hamstring self-test shows: pain or tingling below the knee is a nerve sign whatever
     * the height reached; otherwise a raise under 70 degrees is tight.
     *
     * @throws InvalidAnswersException naming each unanswered question
     */
    public static HamstringFinding hamstringFinding(HamstringTest test) {
        var errors = new LinkedHashMap<String, String>();
        checkHamstringTest(test, errors);
        throwIfAny(errors);
        if (Boolean.TRUE.equals(test.painBelowKnee())) {
            return HamstringFinding.NERVE_SIGN;
        }
        return TIGHT_RAISES.contains(test.legRaise()) ? HamstringFinding.TIGHT : HamstringFinding.NOT_TIGHT;
    }

    private Recommendation recommendation(RiskGroup group) {
        return switch (group) {
            case LOW -> new Recommendation(NextStep.SELF_MANAGEMENT,
                    "Your answers suggest your back is likely to improve with your own care. Follow the "
                            + "programme below, keep moving through the day, and take the questionnaire again "
                            + "in 4 weeks to see how you're getting on.");
            case MEDIUM -> new Recommendation(NextStep.PROGRAMME_AND_PHYSIOTHERAPIST,
                    "Follow the programme below, and we recommend seeing a physiotherapist, who can examine "
                            + "your back and tailor your exercises. You can book with the clinic on "
                            + clinicPhone + ".");
            case HIGH -> new Recommendation(NextStep.GENTLE_PROGRAMME_AND_CONSULTATION,
                    "Start with the gentle programme below, and we strongly recommend booking a consultation. "
                            + "When back pain is affecting you this much, a clinician can help with the pain "
                            + "and with the way it's affecting your life. Call the clinic on " + clinicPhone
                            + " to book.");
        };
    }

    // ---- Validation ------------------------------------------------------------------------

    /**
     * Checks that every question is answered and within range.
     *
     * @throws InvalidAnswersException with one message per question that is unanswered or out of range
     */
    public static void validate(AssessmentAnswers answers) {
        var errors = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            if (answers.redFlags().answer(flag) == null) {
                errors.put(flag.questionId(), "Answer yes or no.");
            }
        }
        checkPain(answers.pain(), errors);
        checkStartBack(answers.startBack(), errors);
        checkDailyLife(answers.dailyLife(), errors);
        checkHamstringTest(answers.hamstringTest(), errors);
        checkGoals(answers.goals(), errors);
        throwIfAny(errors);
    }

    private static void checkPain(PainAnswers pain, Map<String, String> errors) {
        if (pain.areas().isEmpty()) {
            errors.put(PAIN_AREAS, "Choose at least one place where you feel the pain.");
        }
        if (pain.duration() == null) {
            errors.put(PAIN_DURATION, "Choose how long the pain has lasted.");
        }
        checkPainScore(pain.painNow(), PAIN_NOW, "your pain right now", errors);
        checkPainScore(pain.worstThisWeek(), PAIN_WORST_WEEK, "your worst pain this week", errors);
        if (!errors.containsKey(PAIN_NOW) && !errors.containsKey(PAIN_WORST_WEEK)
                && pain.worstThisWeek() < pain.painNow()) {
            errors.put(PAIN_WORST_WEEK, "Your worst pain this week can't be lower than your pain right now.");
        }
    }

    private static void checkPainScore(@Nullable Integer score, String question, String what,
                                       Map<String, String> errors) {
        if (score == null) {
            errors.put(question, "Choose a number from 0 to 10 for " + what + ".");
        } else if (score < PAIN_MIN || score > PAIN_MAX) {
            errors.put(question, "Choose a number from 0 to 10 for " + what + " (you gave " + score + ").");
        }
    }

    private static void checkStartBack(StartBackAnswers startBack, Map<String, String> errors) {
        for (int item = 1; item <= StartBackAnswers.AGREE_ITEMS; item++) {
            if (startBack.item(item) == null) {
                errors.put(StartBackAnswers.questionId(item), "Choose agree or disagree.");
            }
        }
        if (startBack.bothersomeness() == null) {
            errors.put(StartBackAnswers.questionId(9), "Choose how much your back pain has bothered you.");
        }
    }

    private static void checkDailyLife(DailyLife life, Map<String, String> errors) {
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

    private static void checkHamstringTest(HamstringTest test, Map<String, String> errors) {
        if (test.legRaise() == null) {
            errors.put(LEG_RAISE, "Choose how high your leg went.");
        }
        if (test.painBelowKnee() == null) {
            errors.put(LEG_RAISE_PAIN_BELOW_KNEE, "Answer yes or no.");
        }
    }

    private static void checkGoals(Goals goals, Map<String, String> errors) {
        if (goals.chosen().isEmpty()) {
            errors.put(GOALS, "Choose at least one goal.");
        }
        String note = goals.note();
        if (note != null && note.length() > Goals.NOTE_MAX) {
            errors.put(GOALS_NOTE, "Keep your note to " + Goals.NOTE_MAX + " characters or fewer (it has "
                    + note.length() + ").");
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
    }
}
