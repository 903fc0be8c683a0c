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

    @Autowired StrengthService strength;

    private Change log(boolean done, int pain, SessionFeedback feedback) {
        return strength.log(new SessionEntry(done, pain, feedback, null)).change();
    }

    @Test
    void a_free_member_sees_the_preview_but_is_refused_the_sessions_and_the_log() {
        signedInMember("Fay", Tier.FREE);

        var preview = strength.preview();
        assertThat(preview.unlocked()).isFalse();
        assertThat(preview.name()).isEqualTo("Strong back foundations");
        assertThat(preview.phases()).extracting(StrengthService.PhasePreview::name)
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
                .isInstanceOfSatisfying(InvalidInputException.class,
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
        assertThat(week.exercises()).extracting(e -> e.exercise().id())
                .containsExactly("glute-bridge", "bird-dog", "dead-bug", "side-plank", "hip-hinge");
        assertThat(week.exercises().getFirst().dose().sets()).isEqualTo(2);
        assertThat(week.exercises()).allSatisfy(e -> assertThat(e.exercise().safetyCues()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(week.nextTime()).contains("3 more sessions rated \"About right\"").contains("week 2");
    }

    @Test
    void three_sessions_about_right_or_two_too_easy_move_the_member_up_a_week_and_into_the_next_phase() {
        signedInMember("Ada", Tier.PREMIUM_PLUS);

        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(true, 2, SessionFeedback.ABOUT_RIGHT)).isEqualTo(Change.STAY);
        assertThat(log(false, 2, SessionFeedback.ABOUT_RIGHT)).as("a session not done does not count")
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

        var tooHard = strength.log(new SessionEntry(true, 2, SessionFeedback.TOO_HARD, null));
        assertThat(tooHard.change()).isEqualTo(Change.STEP_BACK);
        assertThat(tooHard.message()).contains("back to week 2");
        assertThat(strength.thisWeek().week()).isEqualTo(2);

        assertThat(log(true, 3, SessionFeedback.ABOUT_RIGHT)).as("one point above usual").isEqualTo(Change.STAY);
        assertThat(log(true, 4, SessionFeedback.ABOUT_RIGHT)).as("two points above usual (2)")
                .isEqualTo(Change.STEP_BACK);
        assertThat(strength.thisWeek().week()).isEqualTo(1);
        assertThat(log(true, 9, SessionFeedback.TOO_HARD)).as("never below week 1").isEqualTo(Change.STEP_BACK);
        assertThat(strength.thisWeek().week()).isEqualTo(1);
    }

    @Test
    void a_red_flag_suspends_the_strength_programme_too() {
        signedInMember("Ros", Tier.PREMIUM);
        Questionnaires.take(assessments, answers().redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN)).build());

        var week = strength.thisWeek();

        assertThat(week.state()).isEqualTo(StrengthService.State.SUSPENDED);
        assertThat(week.exercises()).isEmpty();
        assertThatThrownBy(() -> log(true, 2, SessionFeedback.ABOUT_RIGHT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKey(InvalidInputException.FORM));
    }

    @Test
    void bad_input_is_refused_next_to_its_field() {
        signedInMember("Bea", Tier.PREMIUM);

        assertThatThrownBy(() -> strength.log(new SessionEntry(true, 11, null, "x".repeat(501))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKeys("pain", "feedback", "note"));
    }
}
