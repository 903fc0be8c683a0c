package com.backinshape.portal.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

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
        AnswersValidation.throwIfAny(errors);
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
        AnswersValidation.checkStartBack(answers, errors);
        AnswersValidation.throwIfAny(errors);
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
        AnswersValidation.checkHamstringTest(test, errors);
        AnswersValidation.throwIfAny(errors);
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
     * Checks that every question is answered and within range (see {@link AnswersValidation}).
     *
     * @throws InvalidAnswersException with one message per question that is unanswered or out of range
     */
    public static void validate(AssessmentAnswers answers) {
        AnswersValidation.validate(answers);
    }
}
