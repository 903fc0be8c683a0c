package com.backinshape.portal.assessment;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * Every clinical rule of the questionnaire, in one place for the clinic's clinician to review (listed in plain English
 * in {@code docs/clinical-rules.md}): validation of the answers, the red-flag mapping, STarT Back scoring, the
 * hamstring thresholds and nerve sign, and the next step. The exercise programme that follows is decided by the rules
 * in {@code programme/rules-v1.json}.
 *
 * <p>Pure and stateless: the same answers always give the same result.
 */
public final class ClinicalRules {

    // ---- Red flags -------------------------------------------------------------------------

    /**
     * Red flags that mean "Go to A&amp;E now" (possible cauda equina syndrome); every other red flag means "Get urgent
     * advice today".
     */
    static final Set<RedFlag> EMERGENCY_FLAGS =
            EnumSet.of(RedFlag.SADDLE_NUMBNESS, RedFlag.BLADDER_OR_BOWEL, RedFlag.BOTH_LEGS, RedFlag.SEXUAL_FUNCTION);

    /**
     * Lifelong facts: once a clinician has cleared them (the member's confirmation on the results page), a later "yes"
     * no longer suspends the programme. Every other flag suspends each time it is answered yes.
     */
    public static final Set<RedFlag> LIFELONG_FACTS =
            EnumSet.of(RedFlag.CANCER_HISTORY, RedFlag.MINOR_FALL_FRAGILE_BONES);

    // ---- Age (from the year of birth on the safety step) -----------------------------------

    /** Back pain that started before this age calls for a GP appointment soon. */
    static final int YOUNG_ONSET_UNDER = 20;
    /** New back pain after this age calls for a GP appointment soon. */
    static final int OLDER_ONSET_OVER = 50;
    /** The service is for adults only. */
    public static final int ADULT_AGE = 18;
    /** The oldest age accepted as a typed year of birth. */
    static final int OLDEST_AGE = 120;

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
    static final Set<LegRaise> TIGHT_RAISES =
            EnumSet.of(LegRaise.UNDER_30_DEGREES, LegRaise.FROM_30_TO_50_DEGREES, LegRaise.FROM_50_TO_70_DEGREES);

    // ---- Ranges ----------------------------------------------------------------------------

    static final int PAIN_MIN = 0;
    static final int PAIN_MAX = 10;
    static final int SITTING_HOURS_MAX = 24;

    private final String clinicPhone;
    private final Clock clock;

    /** @param clinicPhone the clinic's phone number, named in urgent advice and recommendations */
    public ClinicalRules(String clinicPhone) {
        this(clinicPhone, Clock.systemUTC());
    }

    /**
     * @param clinicPhone the clinic's phone number, named in urgent advice and recommendations
     * @param clock gives the current year, for the age from the year of birth
     */
    public ClinicalRules(String clinicPhone, Clock clock) {
        if (clinicPhone.isBlank()) {
            throw new IllegalArgumentException("The clinic's phone number is needed for the advice");
        }
        this.clinicPhone = clinicPhone;
        this.clock = clock;
    }

    /** Assesses a questionnaire of a member without any clinician's clearance on record. */
    public AssessmentResult assess(AssessmentAnswers answers) {
        return assess(answers, Set.of());
    }

    /**
     * Assesses a questionnaire. Red flags come first: when one is present the rest of the answers are neither needed
     * nor checked (urgent advice is never held up by an unrelated answer), and no programme is offered.
     *
     * @param cleared lifelong facts ({@link #LIFELONG_FACTS}) a clinician has already cleared for this member
     * @throws InvalidAnswersException naming each question that is unanswered or out of range
     */
    public AssessmentResult assess(AssessmentAnswers answers, Set<RedFlag> cleared) {
        RedFlagOutcome redFlags = checkRedFlags(answers.redFlags(), cleared);
        if (redFlags.any()) {
            return new AssessmentResult(
                    redFlags,
                    null,
                    null,
                    new Recommendation(NextStep.SEEK_MEDICAL_HELP, redFlags.message()),
                    List.of());
        }
        validate(answers);
        StartBackScore score = scoreStartBack(answers.startBack());
        HamstringFinding hamstring = hamstringFinding(answers.hamstringTest());
        var notes = new ArrayList<String>();
        if (redFlags.gpSoon()) {
            notes.add(redFlags.message());
        }
        if (legNerveSign(hamstring, answers)) {
            notes.add("Pain, tingling or pins and needles below the knee can come from an irritated nerve in "
                    + "the lower back rather than from tight muscles. Please have it checked by a clinician "
                    + "(your GP, a physiotherapist, or us on " + clinicPhone + ") before you stretch your "
                    + "hamstrings. Until then your programme keeps to gentle movement and leaves hamstring "
                    + "stretches out.");
        }
        if (!redFlags.alreadyCleared().isEmpty()) {
            notes.add("You told us about something a doctor or physiotherapist has already checked and said "
                    + "exercise is OK, so it doesn't pause your programme this time. If anything about it has "
                    + "changed, please get it checked again.");
        }
        return new AssessmentResult(redFlags, score, hamstring, recommendation(score.riskGroup()), notes);
    }

    /**
     * Whether the answers show a nerve sign in the leg, for programme purposes: pain or tingling below the knee during
     * the leg raise, pain below the knee among the pain areas, or agreeing that the back pain has spread down the leg
     * (STarT item 1). Any of them: mobility only, no hamstring stretches, see a clinician.
     */
    public static boolean legNerveSign(
            @org.jspecify.annotations.Nullable HamstringFinding hamstring, AssessmentAnswers answers) {
        return hamstring == HamstringFinding.NERVE_SIGN
                || answers.pain().areas().contains(PainArea.BELOW_KNEE)
                || Boolean.TRUE.equals(answers.startBack().item(1));
    }

    /**
     * What the red-flag answers mean. Shown straight after the red-flag step, before anything else is asked.
     *
     * @throws InvalidAnswersException naming each red-flag question left unanswered
     */
    public RedFlagOutcome checkRedFlags(RedFlagAnswers answers) {
        return checkRedFlags(answers, Set.of());
    }

    /**
     * What the safety step means. The red-flag questions are checked first: when one of them calls for Emergency or
     * Urgent help, the year of birth and the new-pain question are not needed (advice is never held up by them).
     * Otherwise a year of birth making the member under 18 is refused, and new back pain starting before 20 or after 50
     * calls for a GP appointment soon.
     *
     * @param cleared lifelong facts a clinician has already cleared: a "yes" to them no longer counts
     * @throws InvalidAnswersException naming each question left unanswered or out of range
     */
    public RedFlagOutcome checkRedFlags(RedFlagAnswers answers, Set<RedFlag> cleared) {
        var errors = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            if (answers.answer(flag) == null) {
                errors.put(flag.questionId(), "Answer yes or no.");
            }
        }
        AnswersValidation.throwIfAny(errors);
        Set<RedFlag> present = EnumSet.noneOf(RedFlag.class);
        Set<RedFlag> alreadyCleared = EnumSet.noneOf(RedFlag.class);
        for (RedFlag flag : answers.present()) {
            (LIFELONG_FACTS.contains(flag) && cleared.contains(flag) ? alreadyCleared : present).add(flag);
        }
        AdviceLevel level = present.stream()
                .map(ClinicalRules::adviceLevel)
                .min(Enum::compareTo)
                .orElse(AdviceLevel.NONE);
        if (!level.suspends()) {
            level = ageAdvice(answers);
        }
        return new RedFlagOutcome(present, alreadyCleared, level, redFlagMessage(level));
    }

    /** The advice a single red flag calls for. */
    public static AdviceLevel adviceLevel(RedFlag flag) {
        return EMERGENCY_FLAGS.contains(flag) ? AdviceLevel.EMERGENCY : AdviceLevel.URGENT_GP;
    }

    /**
     * GP soon for back pain that began before 20 or new back pain after 50. Only the year of birth is known, so the age
     * is taken the safer way each time: someone who might still be 19 counts as under 20 (whatever the pain's age, it
     * started before 20), someone who might already be 51 counts as over 50.
     */
    private AdviceLevel ageAdvice(RedFlagAnswers answers) {
        var errors = new LinkedHashMap<String, String>();
        int year = Year.now(clock).getValue();
        Integer born = answers.yearOfBirth();
        if (born == null) {
            errors.put(Questionnaire.YEAR_OF_BIRTH, "Enter the year you were born, for example 1980.");
        } else if (born > year || born < year - OLDEST_AGE) {
            errors.put(
                    Questionnaire.YEAR_OF_BIRTH,
                    "Enter a year of birth from " + (year - OLDEST_AGE) + " to " + year + ".");
        } else if (year - born < ADULT_AGE) {
            errors.put(
                    Questionnaire.YEAR_OF_BIRTH,
                    "Sorry, this service is for adults aged 18 or over. If your "
                            + "back is troubling you, please talk to a parent or carer and your GP, or call 111 for advice.");
        }
        if (answers.newBackPain() == null) {
            errors.put(Questionnaire.BACK_PAIN_NEW, "Answer yes or no.");
        }
        AnswersValidation.throwIfAny(errors);
        int youngestPossibleAge = year - born - 1;
        int oldestPossibleAge = year - born;
        boolean startedYoung = youngestPossibleAge < YOUNG_ONSET_UNDER;
        boolean newAndOlder = Boolean.TRUE.equals(answers.newBackPain()) && oldestPossibleAge > OLDER_ONSET_OVER;
        return startedYoung || newAndOlder ? AdviceLevel.GP_SOON : AdviceLevel.NONE;
    }

    private String redFlagMessage(AdviceLevel level) {
        return switch (level) {
            case EMERGENCY ->
                "What you've told us can be a sign that the nerves at the bottom of your spine are "
                        + "being pressed on. That needs a hospital doctor today, so please go to A&E now and don't wait "
                        + "to see whether it eases. If you can't get there safely, call 999. Please don't do any "
                        + "exercises for now. Once you've been seen, let us know afterwards on " + clinicPhone + ".";
            case URGENT_GP ->
                "What you've told us needs a doctor's check before you start exercising. Call 111 or "
                        + "see your GP today. If things get suddenly worse, or you notice numbness around your "
                        + "bottom or genitals or problems with your bladder or bowels, go to A&E or call 999. Your "
                        + "exercises are paused until a doctor or physiotherapist has checked this. You can reach "
                        + "the clinic on " + clinicPhone + ".";
            case GP_SOON ->
                "Book a GP appointment within the next week or two. Back pain that first appears "
                        + "before the age of 20 or after 50 is usually nothing serious, but a doctor should look at "
                        + "it. Meanwhile you can start your programme at the gentle dose. If new symptoms appear, "
                        + "answer the questionnaire again or call the clinic on " + clinicPhone + ".";
            case NONE -> "None of the warning signs we ask about.";
        };
    }

    /**
     * The STarT Back score: items 1–8 score 1 for "agree"; item 9 scores 1 for "very much" or "extremely". A total of
     * 0–3 is low risk; from 4, a psychosocial subscore (items 5–9) of 4 or 5 is high risk, otherwise medium.
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
        RiskGroup group = total <= LOW_RISK_MAX_TOTAL
                ? RiskGroup.LOW
                : psychosocial >= HIGH_RISK_MIN_PSYCHOSOCIAL ? RiskGroup.HIGH : RiskGroup.MEDIUM;
        return new StartBackScore(total, psychosocial, group);
    }

    /**
     * What the hamstring self-test shows: pain or tingling below the knee is a nerve sign whatever the height reached;
     * otherwise a raise under 70 degrees is tight.
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
            case LOW ->
                new Recommendation(
                        NextStep.SELF_MANAGEMENT,
                        "Your answers suggest your back is likely to improve with your own care. Follow your "
                                + "programme (\"See my programme\", below), keep moving through the day, and take the questionnaire again "
                                + "in 4 weeks to see how you're getting on.");
            case MEDIUM ->
                new Recommendation(
                        NextStep.PROGRAMME_AND_PHYSIOTHERAPIST,
                        "Follow your programme (\"See my programme\", below), and we recommend seeing a physiotherapist, who can examine "
                                + "your back and tailor your exercises. You can book with the clinic on "
                                + clinicPhone + ".");
            case HIGH ->
                new Recommendation(
                        NextStep.GENTLE_PROGRAMME_AND_CONSULTATION,
                        "Start with your gentle programme (\"See my programme\", below), and we strongly recommend booking a consultation. "
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
