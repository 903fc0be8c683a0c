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

    static final AssessmentAnswers TIGHT_HAMSTRINGS = answers().legRaise(LegRaise.FROM_30_TO_50_DEGREES).build();

    @Autowired AssessmentService service;
    @Autowired ProgrammeService programmes;
    @Autowired AssessmentRepository assessments;
    @Autowired SignupService signup;
    @Autowired MemberRepository members;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

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
        assertThat(resumed.answers()).containsAllEntriesOf(Questionnaires.step(TIGHT_HAMSTRINGS, 1))
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
        var result = service.latestResult().orElseThrow();
        assertThat(result.riskGroup()).isEqualTo(RiskGroup.LOW);
        assertThat(result.hamstring()).isEqualTo(HamstringFinding.TIGHT);
        assertThat(result.adviceLevel()).isEqualTo(AdviceLevel.NONE);
        assertThat(result.programmeAllowed()).isTrue();
        var today = programmes.today();
        assertThat(today.state()).isEqualTo(State.ACTIVE);
        assertThat(today.exercises()).extracting(p -> p.exercise().id())
                .contains("standing-hip-hinge-hamstring-stretch", "lying-doorway-hamstring-stretch");
        assertThat(events.stream(AssessmentCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.assessmentId()).isEqualTo(result.assessmentId()));
    }

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void each_red_flag_ends_the_questionnaire_at_once_with_its_advice_and_no_programme(RedFlag flag) {
        signedInMember("Dev");
        var attempt = service.startOrResume();

        var outcome = service.saveStep(attempt.assessmentId(), 0,
                Questionnaires.step(answers().redFlags(RedFlagAnswers.yesTo(flag)).build(), 0));

        assertThat(outcome.finished()).isTrue();
        var result = service.latestResult().orElseThrow();
        AdviceLevel expected = flag == RedFlag.BLADDER_OR_BOWEL || flag == RedFlag.SADDLE_NUMBNESS
                ? AdviceLevel.EMERGENCY : AdviceLevel.URGENT_GP;
        assertThat(result.adviceLevel()).isEqualTo(expected);
        assertThat(result.advice()).contains(expected == AdviceLevel.EMERGENCY ? "Go to A&E now" : "call 111")
                .contains("0203 947 32 22");
        assertThat(result.programmeAllowed()).isFalse();
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);
        assertThat(programmes.today().exercises()).isEmpty();
    }

    @Test
    void a_red_flag_suspends_the_programme_and_a_later_clear_questionnaire_restores_it() {
        signedInMember("Eve");
        Questionnaires.take(service, TIGHT_HAMSTRINGS);
        assertThat(programmes.today().state()).isEqualTo(State.ACTIVE);

        Questionnaires.take(service, answers().redFlags(RedFlagAnswers.yesTo(RedFlag.FEVER_OR_UNWELL)).build());
        assertThat(programmes.today().state()).isEqualTo(State.SUSPENDED);

        Questionnaires.take(service, TIGHT_HAMSTRINGS);
        assertThat(programmes.today().state()).isEqualTo(State.ACTIVE);
        assertThat(programmes.today().exercises()).extracting(PlannedExercise::exercise).isNotEmpty();
        assertThat(service.history()).hasSize(3);
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
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> assertThat(e.errors())
                        .containsEntry(Questionnaire.PAIN_NOW, "Enter a whole number from 0 to 10."));
        var after = service.startOrResume();
        assertThat(after.stepIndex()).isEqualTo(1);
        assertThat(after.answers()).doesNotContainKey(Questionnaire.PAIN_NOW);
    }

    @Test
    void a_missing_answer_is_refused_naming_the_question_and_the_step_is_not_passed() {
        signedInMember("Ivy");
        var attempt = service.startOrResume();
        var missing = Questionnaires.with(Questionnaires.step(TIGHT_HAMSTRINGS, 0), "red-flag-legs");

        assertThatThrownBy(() -> service.saveStep(attempt.assessmentId(), 0, missing))
                .isInstanceOfSatisfying(InvalidAnswersException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("red-flag-legs"));
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

        assertThat(service.latestResult()).isEmpty();
        assertThat(service.history()).isEmpty();
        assertThat(service.startOrResume().answers()).isEmpty();
        assertThat(programmes.today().state()).isEqualTo(State.NONE);
    }

    @Test
    void anonymous_callers_are_refused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> service.startOrResume())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> service.history())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void a_retake_is_suggested_four_weeks_after_the_last_result() {
        signedInMember("Max");
        assertThat(service.retake().suggested()).isFalse();
        Questionnaires.take(service, answers().goals(Set.of(Goal.SIT_COMFORTABLY)).build());

        clock.advance(Duration.ofDays(27));
        assertThat(service.retake().suggested()).isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(service.retake().suggested()).isTrue();
    }
}
