package com.backinshape.portal.programme;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ProgrammeService.SessionEntry;
import com.backinshape.portal.programme.StrengthService.Change;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The premium strength programme: who may follow it, where they start, and how feedback moves them. */
class StrengthServiceTest extends PremiumTestBase {

    @Autowired
    StrengthService strength;

    /** Logs a session on the next day (at most one move up a day), with no new leg symptoms. */
    private Change log(boolean done, int pain, SessionFeedback feedback) {
        clock.advance(java.time.Duration.ofDays(1));
        return strength.log(new SessionEntry(done, pain, feedback, null), false).change();
    }

    @Test
    void a_free_member_sees_the_preview_but_is_refused_the_sessions_and_the_log() {
        signedInMember("Fay", Tier.FREE);

        var preview = strength.preview();
        assertThat(preview.unlocked()).isFalse();
        assertThat(preview.name()).isEqualTo("Strong back foundations");
        assertThat(preview.phases())
                .extracting(StrengthService.PhasePreview::name)
                .containsExactly("Activation", "Build", "Load");
        assertThatThrownBy(() -> strength.thisWeek()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log(true, 2, SessionFeedback.ABOUT_RIGHT)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_premium_member_who_has_not_answered_the_questionnaire_is_asked_to_first_and_cannot_log() {
        unscreenedMember("Nel", Tier.PREMIUM);

        assertThat(strength.thisWeek().state()).isEqualTo(StrengthService.State.NOT_SCREENED);
        assertThat(strength.thisWeek().exercises()).isEmpty();
        assertThatThrownBy(() -> log(true, 2, SessionFeedback.ABOUT_RIGHT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey(InvalidInputException.FORM));
    }

    @Test
    void a_premium_member_starts_on_week_1_of_the_activation_phase() {
        signedInMember("Pam", Tier.PREMIUM);

        var week = strength.thisWeek();

        assertThat(week.state()).isEqualTo(StrengthService.State.ACTIVE);
        assertThat(week.programme()).isEqualTo("Strong back foundations");
        assertThat(week.phase()).isEqualTo(1);
        assertThat(week.phaseName()).isEqualTo("Activation");
        assertThat(week.week()).isEqualTo(1);
        assertThat(week.exercises())
                .extracting(e -> e.exercise().id())
                .containsExactly("glute-bridge", "bird-dog", "dead-bug", "side-plank", "hip-hinge");
        assertThat(week.exercises().getFirst().dose().sets()).isEqualTo(2);
        assertThat(week.exercises())
                .allSatisfy(e -> assertThat(e.exercise().safetyCues()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(week.nextTime())
                .contains("3 more sessions rated \"About right\"")
                .contains("week 2");
    }

    @Test
    void three_sessions_about_right_or_two_too_easy_move_the_member_up_a_week_and_into_the_next_phase() {
        signedInMember("Ada", Tier.PREMIUM_PLUS);

        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(false, 2, SessionFeedback.ABOUT_RIGHT))
                .as("a session not done does not count")
                .isEqualTo(Change.STAY);
        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.ADVANCE);
        assertThat(strength.thisWeek().week()).isEqualTo(2);

        assertThat(log(true, 1, SessionFeedback.TOO_EASY)).isEqualTo(Change.STAY);
        assertThat(log(true, 1, SessionFeedback.TOO_EASY)).isEqualTo(Change.ADVANCE);
        var week3 = strength.thisWeek();
        assertThat(week3.week()).isEqualTo(3);
        assertThat(week3.phaseName()).isEqualTo("Build");
        assertThat(week3.exercises()).extracting(e -> e.exercise().id()).contains("split-squat");
    }

    @Test
    void too_hard_or_pain_two_points_above_usual_steps_back_a_week() {
        signedInMember("Reg", Tier.PREMIUM);
        log(true, 2, SessionFeedback.TOO_EASY);
        log(true, 2, SessionFeedback.TOO_EASY);
        log(true, 2, SessionFeedback.TOO_EASY);
        log(true, 2, SessionFeedback.TOO_EASY);
        assertThat(strength.thisWeek().week()).isEqualTo(3);

        clock.advance(java.time.Duration.ofDays(1));
        var tooHard = strength.log(new SessionEntry(true, 2, SessionFeedback.TOO_HARD, null), false);
        assertThat(tooHard.change()).isEqualTo(Change.STEP_BACK);
        assertThat(tooHard.message()).contains("back to week 2");
        assertThat(strength.thisWeek().week()).isEqualTo(2);

        assertThat(log(true, 3, SessionFeedback.ABOUT_RIGHT))
                .as("one point above usual")
                .isEqualTo(Change.STAY);
        assertThat(log(true, 4, SessionFeedback.ABOUT_RIGHT))
                .as("two points above usual (2)")
                .isEqualTo(Change.STEP_BACK);
        assertThat(strength.thisWeek().week()).isEqualTo(1);
        assertThat(strength.thisWeek().state())
                .as("two step-backs in two weeks pause it")
                .isEqualTo(StrengthService.State.PAUSED);
        strength.confirmClinicianCheck();
        assertThat(log(true, 9, SessionFeedback.TOO_HARD))
                .as("never below week 1")
                .isEqualTo(Change.STEP_BACK);
        assertThat(strength.thisWeek().week()).isEqualTo(1);
    }

    @Test
    void a_red_flag_suspends_the_strength_programme_too() {
        signedInMember("Ros", Tier.PREMIUM);
        Questionnaires.take(
                assessments,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN))
                        .build());

        var week = strength.thisWeek();

        assertThat(week.state()).isEqualTo(StrengthService.State.SUSPENDED);
        assertThat(week.exercises()).isEmpty();
        assertThatThrownBy(() -> log(true, 2, SessionFeedback.ABOUT_RIGHT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey(InvalidInputException.FORM));
    }

    @Test
    void bad_input_is_refused_next_to_its_field() {
        signedInMember("Bea", Tier.PREMIUM);

        assertThatThrownBy(() -> strength.log(new SessionEntry(true, 11, null, "x".repeat(501)), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKeys("pain", "feedback", "note", "legSymptoms"));
    }

    @Test
    void pain_7_always_steps_back_and_advises_even_when_usual_pain_is_high() {
        unscreenedMember("Pia", Tier.PREMIUM);
        Questionnaires.take(assessments, answers().painNow(6).worstThisWeek(6).build());
        log(true, 6, SessionFeedback.TOO_EASY);
        log(true, 6, SessionFeedback.TOO_EASY);
        assertThat(strength.thisWeek().week()).isEqualTo(2);

        clock.advance(java.time.Duration.ofDays(1));
        var logged = strength.log(new SessionEntry(true, 7, SessionFeedback.ABOUT_RIGHT, null), false);

        assertThat(logged.change())
                .as("only 1 above usual (6), but 7 is the ceiling")
                .isEqualTo(Change.STEP_BACK);
        assertThat(logged.message()).contains("doctor or physiotherapist");
    }

    @Test
    void usual_pain_is_fixed_from_the_questionnaire_and_first_three_sessions_and_does_not_drift_upwards() {
        signedInMember("Dru", Tier.PREMIUM); // pain now 3
        log(true, 3, SessionFeedback.ABOUT_RIGHT);
        log(true, 3, SessionFeedback.TOO_HARD); // steps back within week 1
        log(true, 3, SessionFeedback.ABOUT_RIGHT);
        assertThat(log(false, 4, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(false, 4, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(false, 4, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);

        assertThat(log(false, 5, SessionFeedback.ABOUT_RIGHT))
                .as("5 is 2 above the fixed usual pain of 3")
                .isEqualTo(Change.STEP_BACK);
    }

    @Test
    void a_member_moves_up_at_most_once_a_day() {
        signedInMember("Day", Tier.PREMIUM);
        for (int i = 0; i < 5; i++) {
            strength.log(new SessionEntry(true, 2, SessionFeedback.TOO_EASY, null), false);
        }

        assertThat(strength.thisWeek().week()).isEqualTo(2);
    }

    @Test
    void yes_to_new_leg_symptoms_pauses_the_programme_with_advice_until_a_clinician_has_checked() {
        signedInMember("Leg", Tier.PREMIUM);

        var logged = strength.log(new SessionEntry(true, 2, SessionFeedback.ABOUT_RIGHT, null), true);

        assertThat(logged.message())
                .contains("paused")
                .contains("doctor or physiotherapist")
                .contains("999");
        var week = strength.thisWeek();
        assertThat(week.state()).isEqualTo(StrengthService.State.PAUSED);
        assertThat(week.exercises()).isEmpty();
        assertThat(week.pauseAdvice()).contains("tingling or numbness");
        assertThatThrownBy(() -> log(true, 2, SessionFeedback.ABOUT_RIGHT)).isInstanceOf(InvalidInputException.class);

        strength.confirmClinicianCheck();
        assertThat(strength.thisWeek().state()).isEqualTo(StrengthService.State.ACTIVE);
    }

    @Test
    void with_a_nerve_sign_the_hinge_and_hamstring_curls_are_left_out_until_a_clinicians_clearance() {
        unscreenedMember("Ner", Tier.PREMIUM);
        Questionnaires.take(assessments, answers().painBelowKnee(true).build());

        var week = strength.thisWeek();
        assertThat(week.exercises())
                .extracting(e -> e.exercise().id())
                .doesNotContain("hip-hinge", "loaded-hip-hinge", "hamstring-curl")
                .contains("glute-bridge");
        assertThat(week.leftOut()).containsExactly("Hip hinge");

        strength.confirmClinicianCheck();
        assertThat(strength.thisWeek().exercises())
                .extracting(e -> e.exercise().id())
                .contains("hip-hinge");
    }

    @Test
    void with_acute_pain_the_hinge_is_left_out_too() {
        unscreenedMember("Acu", Tier.PREMIUM);
        Questionnaires.take(assessments, answers().painNow(7).worstThisWeek(8).build());

        assertThat(strength.thisWeek().exercises())
                .extracting(e -> e.exercise().id())
                .doesNotContain("hip-hinge");
    }

    @Test
    void higher_risk_members_get_reassurance_and_need_3_sessions_to_move_on() {
        unscreenedMember("Hig", Tier.PREMIUM);
        Questionnaires.take(
                assessments,
                answers()
                        .startBack(com.backinshape.portal.assessment.AnswersBuilder.highRisk())
                        .build());

        assertThat(strength.thisWeek().reassurance()).contains("safe");
        assertThat(log(true, 2, SessionFeedback.TOO_EASY)).isEqualTo(Change.STAY);
        assertThat(log(true, 2, SessionFeedback.TOO_EASY))
                .as("no Too easy shortcut")
                .isEqualTo(Change.STAY);
        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.ADVANCE);
    }

    @Test
    void strength_sessions_need_a_questionnaire_within_the_last_12_weeks() {
        long id = unscreenedMember("Chk", Tier.FREE);
        signIn(members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId());
        complimentary.grant(id, Tier.PREMIUM, START.plus(java.time.Duration.ofDays(365)), "Check-in test");
        signIn(id);
        Questionnaires.take(assessments, answers().build());
        clock.advance(java.time.Duration.ofDays(7 * 12 + 1));

        assertThat(strength.thisWeek().state()).isEqualTo(StrengthService.State.CHECK_IN_DUE);
        assertThatThrownBy(() -> strength.log(new SessionEntry(true, 2, SessionFeedback.ABOUT_RIGHT, null), false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(InvalidInputException.FORM))
                                .contains("time for a check-in"));
    }
}
