package com.backinshape.portal.programme;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentAnswers;
import com.backinshape.portal.assessment.AssessmentResult;
import com.backinshape.portal.assessment.Bothersomeness;
import com.backinshape.portal.assessment.ClinicalRules;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.PainArea;
import com.backinshape.portal.assessment.PainDuration;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FreeProgrammeRulesTest {

    private static final String KNEE_ROCKING = "knee-rocking";
    private static final String PELVIC_TILTS = "pelvic-tilts";
    private static final String CAT_CAMEL = "cat-camel";
    private static final String STANDING = "standing-hip-hinge-hamstring-stretch";
    private static final String DOORWAY = "lying-doorway-hamstring-stretch";
    private static final String POSTURE = "sitting-posture-reset";

    private static final boolean GENTLE = true;
    private static final boolean USUAL = false;

    private final ClinicalRules clinicalRules = new ClinicalRules("0203 947 32 22");
    private final FreeProgrammePlanner planner = FreeProgrammePlanner.current();
    private final ExerciseLibrary library = ExerciseLibrary.current();

    static Stream<Arguments> profiles() {
        return Stream.of(
                profile(
                        "nothing in particular: 2 gentle mobility exercises",
                        a -> a,
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "tight hamstrings: both hip-hinge hamstring stretches",
                        a -> a.legRaise(LegRaise.FROM_30_TO_50_DEGREES),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        STANDING,
                        DOORWAY),
                profile(
                        "a raise over 70 degrees is not tight",
                        a -> a.legRaise(LegRaise.OVER_70_DEGREES),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "sitting 6 hours: posture reset and cat-camel",
                        a -> a.sittingHours(6),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        POSTURE,
                        CAT_CAMEL),
                profile(
                        "sitting 5 hours is not long sitting",
                        a -> a.sittingHours(5),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "working from home",
                        a -> a.worksFromHome(true),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        POSTURE,
                        CAT_CAMEL),
                profile(
                        "slouching on the sofa",
                        a -> a.slouches(true),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        POSTURE,
                        CAT_CAMEL),
                profile(
                        "medium risk, tight, home worker: everything, usual doses",
                        a -> a.startBack(AnswersBuilder.mediumRisk())
                                .legRaise(LegRaise.UNDER_30_DEGREES)
                                .worksFromHome(true)
                                .sittingHours(9),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        STANDING,
                        DOORWAY,
                        POSTURE,
                        CAT_CAMEL),
                profile(
                        "high risk: gentle doses, no cat-camel",
                        a -> a.startBack(AnswersBuilder.highRisk())
                                .legRaise(LegRaise.FROM_50_TO_70_DEGREES)
                                .sittingHours(8),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        STANDING,
                        DOORWAY,
                        POSTURE),
                profile(
                        "pain now 7 is acute: gentle doses",
                        a -> a.painNow(7).worstThisWeek(7),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "pain now 6 is not acute",
                        a -> a.painNow(6).worstThisWeek(7),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "under 6 weeks with worst 8 is acute",
                        a -> a.duration(PainDuration.UNDER_6_WEEKS).painNow(4).worstThisWeek(8),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "under 6 weeks with worst 7 is not acute",
                        a -> a.duration(PainDuration.UNDER_6_WEEKS).painNow(4).worstThisWeek(7),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "worst 8 for over 12 weeks is not acute",
                        a -> a.duration(PainDuration.OVER_12_WEEKS).painNow(4).worstThisWeek(8),
                        USUAL,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "nerve sign: mobility only, gentle, even with tight hamstrings and long sitting",
                        a -> a.painBelowKnee(true)
                                .legRaise(LegRaise.UNDER_30_DEGREES)
                                .sittingHours(10)
                                .worksFromHome(true)
                                .slouches(true),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "pain below the knee among the pain areas is a nerve sign: mobility only, gentle",
                        a -> a.painAreas(java.util.Set.of(PainArea.LOWER_BACK, PainArea.BELOW_KNEE))
                                .legRaise(LegRaise.UNDER_30_DEGREES)
                                .sittingHours(10),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "pain spreading down the leg (STarT item 1) is a nerve sign: no full-dose hamstring stretch",
                        a -> a.startBack(AnswersBuilder.startBack(Bothersomeness.SLIGHTLY, 1))
                                .legRaise(LegRaise.FROM_30_TO_50_DEGREES),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS),
                profile(
                        "acute pain with a leg raise that reads tight: no hamstring stretches, gentle",
                        a -> a.painNow(7)
                                .worstThisWeek(8)
                                .legRaise(LegRaise.UNDER_30_DEGREES)
                                .sittingHours(8),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        POSTURE),
                profile(
                        "new pain at 55: book a GP appointment, gentle programme",
                        a -> a.redFlags(RedFlagAnswers.none().withAge(1970, true))
                                .legRaise(LegRaise.UNDER_30_DEGREES),
                        GENTLE,
                        KNEE_ROCKING,
                        PELVIC_TILTS,
                        STANDING,
                        DOORWAY),
                profile(
                        "red flag: no programme at all",
                        a -> a.redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN))
                                .legRaise(LegRaise.UNDER_30_DEGREES)
                                .sittingHours(10),
                        USUAL));
    }

    private static Arguments profile(
            String name, UnaryOperator<AnswersBuilder> change, boolean gentle, String... exerciseIds) {
        return Arguments.of(name, change, gentle, List.of(exerciseIds));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void a_profile_gets_the_expected_exercises_and_doses(
            String name, UnaryOperator<AnswersBuilder> change, boolean gentle, List<String> expectedIds) {
        AssessmentAnswers answers = change.apply(answers()).build();
        AssessmentResult result = clinicalRules.assess(answers);

        ProgrammePlan plan = planner.plan(result, answers);

        assertThat(plan.exerciseIds()).containsExactlyElementsOf(expectedIds);
        assertThat(plan.offered()).isEqualTo(!expectedIds.isEmpty());
        assertThat(plan.gentle()).isEqualTo(gentle);
        for (PlannedExercise planned : plan.exercises()) {
            Exercise exercise = library.get(planned.exercise().id());
            assertThat(planned.dose()).as(exercise.id()).isEqualTo(gentle ? exercise.gentleDose() : exercise.dose());
            assertThat(exercise.level()).isEqualTo(ExerciseLevel.FREE);
        }
    }

    @Test
    void gentle_doses_hold_for_less_time_and_repeat_less() {
        AssessmentAnswers answers = answers()
                .startBack(AnswersBuilder.highRisk())
                .legRaise(LegRaise.UNDER_30_DEGREES)
                .build();

        ProgrammePlan plan = planner.plan(clinicalRules.assess(answers), answers);

        assertThat(plan.exercises())
                .filteredOn(p -> p.exercise().id().equals(STANDING))
                .singleElement()
                .extracting(PlannedExercise::dose)
                .isEqualTo(new Dose(20, 2, 1, 0, 1, 7, true));
        assertThat(plan.exercises())
                .filteredOn(p -> p.exercise().id().equals(KNEE_ROCKING))
                .singleElement()
                .extracting(PlannedExercise::dose)
                .isEqualTo(new Dose(0, 5, 1, 0, 2, 7, false));
        assertThat(plan.notes()).anyMatch(note -> note.contains("gentle doses"));
    }

    @Test
    void a_nerve_sign_plan_tells_the_member_to_see_a_clinician() {
        AssessmentAnswers answers = answers().painBelowKnee(true).build();

        ProgrammePlan plan = planner.plan(clinicalRules.assess(answers), answers);

        assertThat(plan.notes()).anyMatch(note -> note.contains("see a clinician"));
        assertThat(plan.appliedRules()).contains("nerve-sign-mobility-only");
        assertThat(plan.exercises())
                .allSatisfy(p -> assertThat(p.exercise().kind()).isEqualTo(ExerciseKind.MOBILITY));
    }

    @Test
    void a_red_flag_plan_is_empty_and_explains_why() {
        AssessmentAnswers answers = answers()
                .redFlags(RedFlagAnswers.yesTo(RedFlag.BLADDER_OR_BOWEL))
                .build();

        ProgrammePlan plan = planner.plan(clinicalRules.assess(answers), answers);

        assertThat(plan.offered()).isFalse();
        assertThat(plan.exercises()).isEmpty();
        assertThat(plan.notes()).singleElement().asString().contains("warning signs");
    }

    @Test
    void rules_that_would_give_stretches_despite_a_nerve_sign_stop_the_application_at_start() {
        assertThatThrownBy(() -> ProgrammeRules.load("/programme/rules-without-nerve-sign-rule.json", library))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nerve sign");
    }

    @Test
    void rules_naming_a_premium_or_unknown_exercise_stop_the_application_at_start() {
        assertThatThrownBy(() -> ProgrammeRules.load("/programme/rules-with-premium-exercise.json", library))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("glute-bridge");
    }

    @Test
    void rules_that_would_give_hamstring_stretches_in_acute_pain_stop_the_application_at_start() {
        assertThatThrownBy(() -> ProgrammeRules.load("/programme/rules-without-acute-pain-rule.json", library))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("despite acute pain");
    }

    @Test
    void rules_asking_for_more_hamstring_stretching_than_the_daily_limit_stop_the_application_at_start() {
        assertThatThrownBy(
                        () -> ProgrammeRules.load("/programme/rules-with-too-much-hamstring-stretching.json", library))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("s of hamstring stretching per leg a day");
    }

    @Test
    void the_start_check_covers_every_combination_of_conditions_including_gp_soon() {
        assertThat(ProfileCondition.values())
                .contains(ProfileCondition.GP_SOON, ProfileCondition.ACUTE_PAIN, ProfileCondition.NERVE_SIGN);
        // the shipped rules pass the check over all 2^n combinations, the new conditions included
        ProgrammeRules rules = ProgrammeRules.current(library);
        assertThat(rules.gentleDoseWhen()).contains(ProfileCondition.GP_SOON);
    }
}
