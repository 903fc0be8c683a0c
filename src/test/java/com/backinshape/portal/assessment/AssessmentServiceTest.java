package com.backinshape.portal.assessment;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.domain.AssessmentRepository;
import com.backinshape.portal.programme.PlannedExercise;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.ProgrammeService.State;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class AssessmentServiceTest extends PortalTest {

    static final AssessmentAnswers TIGHT_HAMSTRINGS =
            answers().legRaise(LegRaise.FROM_30_TO_50_DEGREES).build();

    @Autowired
    AssessmentService service;

    @Autowired
    AssessmentResults results;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    AssessmentRepository assessments;

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    long signedInMember(String name) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
        Members.signIn(members, tx, id);
        return id;
    }

    @Test
    void answers_are_kept_at_every_step_and_the_member_resumes_where_they_left_off() {
        signedInMember("Ava");
        var attempt = service.startOrResume();
        service.saveStep(attempt.assessmentId(), 0, Questionnaires.step(TIGHT_HAMSTRINGS, 0));
        service.saveStep(attempt.assessmentId(), 1, Questionnaires.step(TIGHT_HAMSTRINGS, 1));

        var resumed = service.startOrResume();

        assertThat(resumed.assessmentId()).isEqualTo(attempt.assessmentId());
        assertThat(resumed.stepIndex()).isEqualTo(2);
        assertThat(resumed.answers())
                .containsAllEntriesOf(Questionnaires.step(TIGHT_HAMSTRINGS, 1))
                .containsEntry("red-flag-bladder-bowel", List.of("NO"));
    }

    @Test
    void going_back_keeps_what_was_chosen_on_the_page_even_when_unfinished() {
        signedInMember("Ben");
        var attempt = service.startOrResume();
        service.saveStep(attempt.assessmentId(), 0, Questionnaires.step(TIGHT_HAMSTRINGS, 0));

        int back = service.stepBack(attempt.assessmentId(), 1, Map.of(Questionnaire.PAIN_NOW, List.of("6")));

        assertThat(back).isZero();
        assertThat(service.startOrResume().answers()).containsEntry(Questionnaire.PAIN_NOW, List.of("6"));
    }

    @Test
    void tight_hamstrings_and_no_red_flags_give_low_risk_and_a_programme_with_both_hamstring_stretches() {
        signedInMember("Cleo");

        var outcome = Questionnaires.take(service, TIGHT_HAMSTRINGS);

        assertThat(outcome.finished()).isTrue();
        var result = results.latestResult().orElseThrow();
        assertThat(result.riskGroup()).isEqualTo(RiskGroup.LOW);
        assertThat(result.hamstring()).isEqualTo(HamstringFinding.TIGHT);
        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.NONE);
        assertThat(result.programmeAllowed()).isTrue();
        var today = programmes.today();
        assertThat(today.state()).isEqualTo(State.ACTIVE);
        assertThat(today.exercises())
                .extracting(p -> p.exercise().id())
                .contains("standing-hip-hinge-hamstring-stretch", "lying-doorway-hamstring-stretch");
        assertThat(events.stream(AssessmentCompleted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.assessmentId()).isEqualTo(result.assessmentId()));
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void each_red_flag_ends_the_questionnaire_at_once_with_its_advice_and_no_programme(RedFlag flag) {
        signedInMember("Dev");
        var attempt = service.startOrResume();

        var outcome = service.saveStep(
                attempt.assessmentId(),
                0,
                Questionnaires.step(
                        answers().redFlags(RedFlagAnswers.yesTo(flag)).build(), 0));

        assertThat(outcome.finished()).isTrue();
        var result = results.latestResult().orElseThrow();
        AdviceLevel expected =
                ClinicalRules.EMERGENCY_FLAGS.contains(flag) ? AdviceLevel.EMERGENCY : AdviceLevel.URGENT_GP;
        assertThat(result.adviceLevel()).isEqualTo(expected);
        assertThat(result.advice())
                .contains(expected == AdviceLevel.EMERGENCY ? "go to A&E now" : "Call 111")
                .contains("0203 947 32 22");
        assertThat(result.programmeAllowed()).isFalse();
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(programmes.today().exercises()).isEmpty();
    }

    @Test
    void a_red_flag_suspends_the_programme_until_a_confirmed_clearance_and_a_later_clear_questionnaire() {
        signedInMember("Eve");
        Questionnaires.take(service, TIGHT_HAMSTRINGS);
        assertThat(programmes.today().state()).isEqualTo(State.ACTIVE);

        Questionnaires.take(
                service,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_VERY_UNWELL))
                        .build());
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(service.safetyHold().active()).isTrue();

        service.confirmClinicianClearance();
        assertThat(programmes.today().state())
                .as("confirmation alone does not lift it")
                .isEqualTo(State.SUSPENDED);
        assertThat(service.safetyHold().confirmedAt()).isNotNull();

        Questionnaires.take(service, TIGHT_HAMSTRINGS);
        assertThat(programmes.today().state()).isEqualTo(State.ACTIVE);
        assertThat(programmes.today().exercises())
                .extracting(PlannedExercise::exercise)
                .isNotEmpty();
        assertThat(service.safetyHold().active()).isFalse();
        assertThat(results.history()).hasSize(3);
    }

    @Test
    void a_clear_retake_straight_away_without_the_clinicians_confirmation_keeps_the_suspension() {
        signedInMember("Eli");
        Questionnaires.take(
                service,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.ONE_LEG_WEAKENING))
                        .build());
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);

        Questionnaires.take(service, TIGHT_HAMSTRINGS);

        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(results.latestResult().orElseThrow().programmeAllowed()).isFalse();
        assertThat(service.safetyHold().active()).isTrue();
        assertThat(service.safetyHold().confirmedAt()).isNull();
    }

    @Test
    void a_new_red_flag_after_a_confirmation_needs_a_new_confirmation() {
        signedInMember("Eun");
        Questionnaires.take(
                service,
                answers().redFlags(RedFlagAnswers.yesTo(RedFlag.WEIGHT_LOSS)).build());
        service.confirmClinicianClearance();
        clock.advance(Duration.ofMinutes(1));
        Questionnaires.take(
                service,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN))
                        .build());
        clock.advance(Duration.ofMinutes(1));

        Questionnaires.take(service, TIGHT_HAMSTRINGS);

        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(service.safetyHold().confirmedAt()).isNull();
    }

    @Test
    void a_cleared_history_of_cancer_no_longer_suspends_but_other_flags_still_do() {
        signedInMember("Cat");
        var cancer =
                answers().redFlags(RedFlagAnswers.yesTo(RedFlag.CANCER_HISTORY)).build();
        Questionnaires.take(service, cancer);
        service.confirmClinicianClearance();
        clock.advance(Duration.ofMinutes(1));

        Questionnaires.take(service, cancer);
        assertThat(programmes.today().state()).isEqualTo(State.ACTIVE);
        assertThat(results.latestResult().orElseThrow().adviceLevel()).isEqualTo(AdviceLevel.NONE);
        assertThat(results.latestResult().orElseThrow().notes()).anyMatch(n -> n.contains("already checked"));

        clock.advance(Duration.ofMinutes(1));
        Questionnaires.take(
                service,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.CANCER_HISTORY, RedFlag.FEVER_OR_VERY_UNWELL))
                        .build());
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(results.latestResult().orElseThrow().adviceLevel()).isEqualTo(AdviceLevel.URGENT_GP);
    }

    @Test
    void a_cleared_fever_is_not_remembered_a_later_fever_suspends_again() {
        signedInMember("Fen");
        var fever = answers()
                .redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_VERY_UNWELL))
                .build();
        Questionnaires.take(service, fever);
        service.confirmClinicianClearance();
        clock.advance(Duration.ofMinutes(1));

        Questionnaires.take(service, fever);

        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
    }

    @Test
    void an_emergency_answer_alerts_the_clinic_once_and_other_answers_do_not() {
        signedInMember("Ema");
        Questionnaires.take(
                service,
                answers().redFlags(RedFlagAnswers.yesTo(RedFlag.BOTH_LEGS)).build());
        Questionnaires.take(
                service,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_VERY_UNWELL))
                        .build());
        Questionnaires.take(service, TIGHT_HAMSTRINGS);

        assertThat(events.stream(EmergencyAnswerGiven.class))
                .singleElement()
                .satisfies(e -> assertThat(e.assessmentId())
                        .isEqualTo(results.history().get(2).assessmentId()));
    }

    @Test
    void there_is_nothing_to_confirm_without_a_suspension() {
        signedInMember("Nia");
        Questionnaires.take(service, TIGHT_HAMSTRINGS);

        assertThatThrownBy(() -> service.confirmClinicianClearance())
                .isInstanceOf(com.backinshape.portal.base.InvalidInputException.class);
    }

    @Test
    void another_members_questionnaire_is_refused_and_nothing_is_stored() {
        signedInMember("Fay");
        long fays = service.startOrResume().assessmentId();
        signedInMember("Gus");

        assertThatThrownBy(() -> service.saveStep(fays, 0, Questionnaires.step(TIGHT_HAMSTRINGS, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.stepBack(fays, 0, Questionnaires.step(TIGHT_HAMSTRINGS, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assessments.findById(fays).orElseThrow().getAnswersJson()).isEqualTo("{}");
    }

    @Test
    void pain_of_11_is_refused_and_nothing_is_stored() {
        signedInMember("Hal");
        var attempt = service.startOrResume();
        service.saveStep(attempt.assessmentId(), 0, Questionnaires.step(TIGHT_HAMSTRINGS, 0));
        var tampered = Questionnaires.with(Questionnaires.step(TIGHT_HAMSTRINGS, 1), Questionnaire.PAIN_NOW, "11");

        assertThatThrownBy(() -> service.saveStep(attempt.assessmentId(), 1, tampered))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors())
                                .containsEntry(Questionnaire.PAIN_NOW, "Enter a whole number from 0 to 10."));
        var after = service.startOrResume();
        assertThat(after.stepIndex()).isEqualTo(1);
        assertThat(after.answers()).doesNotContainKey(Questionnaire.PAIN_NOW);
    }

    @Test
    void a_missing_answer_is_refused_naming_the_question_and_the_step_is_not_passed() {
        signedInMember("Ivy");
        var attempt = service.startOrResume();
        var missing = Questionnaires.with(Questionnaires.step(TIGHT_HAMSTRINGS, 0), "red-flag-both-legs");

        assertThatThrownBy(() -> service.saveStep(attempt.assessmentId(), 0, missing))
                .isInstanceOfSatisfying(
                        InvalidAnswersException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("red-flag-both-legs"));
        assertThat(service.startOrResume().stepIndex()).isZero();
        assertThat(service.startOrResume().answers()).isEmpty();
    }

    @Test
    void an_answer_that_is_no_option_or_a_skipped_step_is_refused() {
        signedInMember("Jon");
        var attempt = service.startOrResume();
        var odd = Questionnaires.with(Questionnaires.step(TIGHT_HAMSTRINGS, 0), "red-flag-legs", "MAYBE");

        assertThatThrownBy(() -> service.saveStep(attempt.assessmentId(), 0, odd))
                .isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> service.saveStep(attempt.assessmentId(), 3, Questionnaires.step(TIGHT_HAMSTRINGS, 3)))
                .isInstanceOf(com.backinshape.portal.base.InvalidInputException.class);
        assertThat(service.startOrResume().answers()).isEmpty();
    }

    @Test
    void results_and_answers_are_shown_only_to_their_member() {
        signedInMember("Kim");
        Questionnaires.take(service, TIGHT_HAMSTRINGS);
        signedInMember("Lou");

        assertThat(results.latestResult()).isEmpty();
        assertThat(results.history()).isEmpty();
        assertThat(service.startOrResume().answers()).isEmpty();
        assertThat(programmes.today().state()).isEqualTo(State.NONE);
    }

    @Test
    void anonymous_callers_are_refused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> service.startOrResume())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> results.history())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void a_retake_is_suggested_four_weeks_after_the_last_result() {
        signedInMember("Max");
        assertThat(results.retake().suggested()).isFalse();
        Questionnaires.take(
                service, answers().goals(Set.of(Goal.SIT_COMFORTABLY)).build());

        clock.advance(Duration.ofDays(27));
        assertThat(results.retake().suggested()).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(results.retake().suggested()).isTrue();
    }
}
