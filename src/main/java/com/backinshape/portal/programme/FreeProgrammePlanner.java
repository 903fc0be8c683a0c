package com.backinshape.portal.programme;

import com.backinshape.portal.assessment.AssessmentAnswers;
import com.backinshape.portal.assessment.AssessmentResult;
import com.backinshape.portal.assessment.ClinicalRules;
import com.backinshape.portal.assessment.DailyLife;
import com.backinshape.portal.assessment.HamstringFinding;
import com.backinshape.portal.assessment.PainAnswers;
import com.backinshape.portal.assessment.PainDuration;
import com.backinshape.portal.assessment.RiskGroup;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Decides a member's free programme from their assessment, by the {@link ProgrammeRules}. A red flag always means no
 * programme: that is decided here in code, so no edit of the rules file can change it.
 */
public final class FreeProgrammePlanner {

    private final ExerciseLibrary library;
    private final ProgrammeRules rules;

    public FreeProgrammePlanner(ExerciseLibrary library, ProgrammeRules rules) {
        this.library = library;
        this.rules = rules;
        rules.check(library);
    }

    /** The planner with the current library and rules. */
    public static FreeProgrammePlanner current() {
        ExerciseLibrary library = ExerciseLibrary.current();
        return new FreeProgrammePlanner(library, ProgrammeRules.current(library));
    }

    /**
     * The free programme for an assessment.
     *
     * @param result what {@link ClinicalRules#assess} decided for {@code answers}
     * @param answers the answers the result came from
     * @throws com.backinshape.portal.assessment.InvalidAnswersException when the result allows a programme but the
     *     answers are incomplete or out of range
     */
    public ProgrammePlan plan(AssessmentResult result, AssessmentAnswers answers) {
        if (!result.programmeAllowed()) {
            return ProgrammePlan.none(rules.version(), rules.redFlagNote());
        }
        ClinicalRules.validate(answers);
        ProgrammeRules.Outcome outcome = rules.apply(conditions(result, answers), library);
        var exercises = outcome.exerciseIds().stream()
                .map(library::get)
                .map(exercise ->
                        new PlannedExercise(exercise, outcome.gentle() ? exercise.gentleDose() : exercise.dose()))
                .toList();
        return new ProgrammePlan(
                rules.version(), true, outcome.gentle(), exercises, outcome.notes(), outcome.appliedRules());
    }

    /** The facts about the member that the rules test. */
    Set<ProfileCondition> conditions(AssessmentResult result, AssessmentAnswers answers) {
        var conditions = EnumSet.of(ProfileCondition.ALWAYS);
        ProgrammeRules.Thresholds limits = rules.thresholds();
        boolean nerveSign = ClinicalRules.legNerveSign(result.hamstring(), answers);
        if (result.hamstring() == HamstringFinding.TIGHT && !nerveSign) {
            conditions.add(ProfileCondition.HAMSTRINGS_TIGHT);
        }
        if (nerveSign) {
            conditions.add(ProfileCondition.NERVE_SIGN);
        }
        if (result.gpSoon()) {
            conditions.add(ProfileCondition.GP_SOON);
        }
        if (result.riskGroup() == RiskGroup.HIGH) {
            conditions.add(ProfileCondition.HIGH_RISK);
        }
        DailyLife life = answers.dailyLife();
        if (Objects.requireNonNull(life.sittingHoursPerDay()) >= limits.longSittingHours()) {
            conditions.add(ProfileCondition.LONG_SITTING);
        }
        if (Boolean.TRUE.equals(life.worksFromHome())) {
            conditions.add(ProfileCondition.WORKS_FROM_HOME);
        }
        if (Boolean.TRUE.equals(life.slouchesOften())) {
            conditions.add(ProfileCondition.SLOUCHES_OFTEN);
        }
        PainAnswers pain = answers.pain();
        int now = Objects.requireNonNull(pain.painNow());
        int worst = Objects.requireNonNull(pain.worstThisWeek());
        if (now >= limits.acutePainNowAtLeast()
                || pain.duration() == PainDuration.UNDER_6_WEEKS && worst >= limits.recentOnsetWorstAtLeast()) {
            conditions.add(ProfileCondition.ACUTE_PAIN);
        }
        return conditions;
    }
}
