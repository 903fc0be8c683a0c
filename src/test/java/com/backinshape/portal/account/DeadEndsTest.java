package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.ui.HomeView;
import com.backinshape.portal.account.ui.VerifyView;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The small dead ends a usability test found: each page now says where to go next. */
@RecordApplicationEvents
class DeadEndsTest extends PortalTest {

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AssessmentService assessments;

    @Test
    void a_verification_link_opened_again_after_confirming_says_the_email_is_already_confirmed() {
        String email = Members.uniqueEmail("ida");
        signup.signUp(Members.request("Ida", email), "203.0.113.90");
        String token = Members.lastVerificationToken(events, email);
        signup.confirmEmail(token);

        openVerificationLink(token);

        assertThat($(H1.class).first().getText()).isEqualTo("Your email is already confirmed");
        assertThat($(Anchor.class).id("already-confirmed-home").getHref()).isEqualTo("/home");
        assertThat($(Anchor.class).id("already-confirmed-home").getText()).isEqualTo("Go to my home");
    }

    @Test
    void an_unused_verification_link_still_asks_to_confirm() {
        String email = Members.uniqueEmail("jon");
        signup.signUp(Members.request("Jon", email), "203.0.113.91");
        String token = Members.lastVerificationToken(events, email);

        openVerificationLink(token);

        assertThat($(H1.class).first().getText()).isEqualTo("Confirm your email");
    }

    @Test
    void member_home_says_which_step_of_the_questionnaire_to_continue_from() {
        long id = Members.verifiedMember(signup, events, "Kit", Members.uniqueEmail("kit"));
        Members.signIn(members, tx, id);
        var attempt = assessments.startOrResume();
        var answers = AnswersBuilder.answers().build();
        assessments.saveStep(attempt.assessmentId(), 0, Questionnaires.step(answers, 0));
        assessments.saveStep(attempt.assessmentId(), 1, Questionnaires.step(answers, 1));

        navigate(HomeView.class);

        Anchor resume = $(Anchor.class).id("continue-questionnaire");
        assertThat(resume.getText()).isEqualTo("Continue the questionnaire – step 3 of 6");
        assertThat(resume.getHref()).isEqualTo("/questionnaire");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> "start-questionnaire".equals(a.getId().orElse("")));
    }

    @Test
    void after_an_emergency_result_home_does_not_advertise_premium() {
        assertNoPremiumAdvertAfter(RedFlag.BLADDER_OR_BOWEL, "lea");
    }

    @Test
    void after_an_urgent_result_home_does_not_advertise_premium() {
        assertNoPremiumAdvertAfter(RedFlag.FEVER_OR_VERY_UNWELL, "max");
    }

    @Test
    void after_a_clear_result_home_still_shows_what_premium_adds() {
        long id = Members.verifiedMember(signup, events, "Ned", Members.uniqueEmail("ned"));
        Members.signIn(members, tx, id);
        Questionnaires.take(assessments, AnswersBuilder.answers().build());

        navigate(HomeView.class);

        assertThat($(Anchor.class).id("see-premium").getHref()).isEqualTo("/pricing");
    }

    private void openVerificationLink(String token) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("verify", com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
    }

    private void assertNoPremiumAdvertAfter(RedFlag flag, String name) {
        long id = Members.verifiedMember(signup, events, name, Members.uniqueEmail(name));
        Members.signIn(members, tx, id);
        Questionnaires.take(
                assessments,
                AnswersBuilder.answers().redFlags(RedFlagAnswers.yesTo(flag)).build());

        navigate(HomeView.class);

        assertThat($(Anchor.class).all()).noneMatch(a -> "/pricing".equals(a.getHref()));
    }
}
