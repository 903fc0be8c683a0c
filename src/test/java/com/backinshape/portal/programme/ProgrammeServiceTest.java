package com.backinshape.portal.programme;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.programme.ProgrammeService.SessionEntry;
import com.backinshape.portal.programme.domain.SessionLogRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class ProgrammeServiceTest extends PortalTest {

    @Autowired
    ProgrammeService service;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ProgrammeSuspension suspension;

    @Autowired
    SessionLogRepository logs;

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    long memberWithProgramme(String name) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name.toLowerCase()));
        Members.signIn(members, tx, id);
        Questionnaires.take(
                assessments, answers().legRaise(LegRaise.UNDER_30_DEGREES).build());
        return id;
    }

    @Test
    void a_session_logged_with_pain_4_shows_in_the_progress_data() {
        memberWithProgramme("Nia");

        service.logSession(new SessionEntry(true, 4, SessionFeedback.ABOUT_RIGHT, "Felt fine"));

        var progress = service.progress();
        assertThat(progress.pain()).singleElement().satisfies(p -> {
            assertThat(p.pain()).isEqualTo(4);
            assertThat(p.at()).isEqualTo(START);
        });
        assertThat(progress.weeks()).hasSize(12).last().satisfies(w -> {
            assertThat(w.weekStarting()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(w.sessions()).isEqualTo(1);
        });
        assertThat(progress.results())
                .singleElement()
                .satisfies(r -> assertThat(r.completedAt()).isEqualTo(START));
    }

    @Test
    void out_of_range_pain_a_missing_feedback_or_a_long_note_is_refused_and_nothing_is_logged() {
        long id = memberWithProgramme("Oli");

        assertThatThrownBy(() -> service.logSession(new SessionEntry(true, 11, SessionFeedback.TOO_EASY, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("pain"));
        assertThatThrownBy(() -> service.logSession(new SessionEntry(true, -1, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKeys("pain", "feedback"));
        assertThatThrownBy(
                        () -> service.logSession(new SessionEntry(true, 2, SessionFeedback.TOO_HARD, "x".repeat(501))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("note"));
        assertThat(logs.findByMemberIdOrderByLoggedAtAscIdAsc(id)).isEmpty();
    }

    @Test
    void logged_pain_is_seen_only_by_its_member() {
        memberWithProgramme("Pat");
        service.logSession(new SessionEntry(true, 6, SessionFeedback.TOO_HARD, null));

        long other = Members.verifiedMember(signup, events, "Quin", Members.uniqueEmail("quin"));
        Members.signIn(members, tx, other);

        assertThat(service.progress().pain()).isEmpty();
        assertThat(service.progress().results()).isEmpty();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> service.progress())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void a_suspended_programme_shows_no_exercises_and_takes_no_log() {
        long id = memberWithProgramme("Ray");
        Questionnaires.take(
                assessments,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN))
                        .build());

        assertThat(service.today().state()).isEqualTo(ProgrammeService.State.SUSPENDED);
        assertThat(suspension.isSuspended(id)).isTrue();
        assertThatThrownBy(() -> service.logSession(new SessionEntry(true, 3, SessionFeedback.ABOUT_RIGHT, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(logs.findByMemberIdOrderByLoggedAtAscIdAsc(id)).isEmpty();
    }

    @Test
    void a_session_2_points_above_the_starting_pain_gets_advice_on_easing_off_and_what_to_drop() {
        memberWithProgramme("Sue"); // pain now 3 in the questionnaire, tight hamstrings

        var calm = service.logSession(new SessionEntry(true, 4, SessionFeedback.ABOUT_RIGHT, null));
        var painful = service.logSession(new SessionEntry(true, 5, SessionFeedback.ABOUT_RIGHT, null));

        assertThat(calm.painAdvice()).isNull();
        assertThat(painful.painAdvice())
                .contains("Ease off")
                .contains("Leave out Standing hip-hinge hamstring stretch")
                .contains("knee rocking")
                .contains("0203 947 32 22")
                .contains("A&E");
        assertThat(painful.switchedToGentle()).isFalse();
        assertThat(service.today().gentle()).isFalse();
    }

    @Test
    void pain_7_is_always_a_painful_session_and_three_in_a_row_switch_to_the_gentle_dose_and_suggest_booking() {
        memberWithProgramme("Tom");
        service.logSession(new SessionEntry(true, 7, SessionFeedback.TOO_HARD, null));
        service.logSession(new SessionEntry(true, 8, SessionFeedback.TOO_HARD, null));

        var third = service.logSession(new SessionEntry(true, 7, SessionFeedback.TOO_HARD, null));

        assertThat(third.switchedToGentle()).isTrue();
        assertThat(third.painAdvice()).contains("booking an appointment with the clinic");
        var today = service.today();
        assertThat(today.gentle()).isTrue();
        assertThat(today.exercises())
                .allSatisfy(p -> assertThat(p.dose()).isEqualTo(p.exercise().gentleDose()));
        assertThat(today.notes()).contains(ProgrammeService.SWITCHED_NOTE);
    }

    @Test
    void a_calm_session_in_between_breaks_the_run_of_painful_ones() {
        memberWithProgramme("Una");
        service.logSession(new SessionEntry(true, 7, SessionFeedback.TOO_HARD, null));
        service.logSession(new SessionEntry(true, 7, SessionFeedback.TOO_HARD, null));
        service.logSession(new SessionEntry(true, 3, SessionFeedback.ABOUT_RIGHT, null));

        var outcome = service.logSession(new SessionEntry(true, 7, SessionFeedback.TOO_HARD, null));

        assertThat(outcome.switchedToGentle()).isFalse();
        assertThat(service.today().gentle()).isFalse();
    }
}
