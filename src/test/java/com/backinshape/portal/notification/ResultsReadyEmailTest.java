package com.backinshape.portal.notification;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import com.backinshape.portal.notification.domain.OutboxEmail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class ResultsReadyEmailTest extends NotificationTestBase {

    @Autowired
    SignupService signup;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentResults results;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @org.springframework.beans.factory.annotation.Value("${app.admin.email}")
    String adminEmail;

    @Test
    void a_finished_questionnaire_sends_a_link_to_the_results_and_no_health_information() {
        String email = Members.uniqueEmail("rita");
        long id = Members.verifiedMember(signup, events, "Rita", email);
        Members.signIn(members, tx, id);

        Questionnaires.take(
                assessments, answers().legRaise(LegRaise.FROM_30_TO_50_DEGREES).build());
        long assessmentId = results.latestResult().orElseThrow().assessmentId();

        OutboxEmail sent = awaitEmail("assessment-completed:" + assessmentId);
        assertThat(sent.getToAddress()).isEqualTo(email);
        assertThat(sent.getTextBody()).contains("Rita", "http://localhost:8080/results");
        assertThat(sent.getHtmlBody()).contains("http://localhost:8080/results");
        for (String body : new String[] {sent.getTextBody(), sent.getHtmlBody()}) {
            assertThat(body)
                    .doesNotContainIgnoringCase("low risk")
                    .doesNotContainIgnoringCase("hamstrings are")
                    .doesNotContainIgnoringCase("A&E");
        }
    }

    @Test
    void a_red_flag_result_is_announced_with_the_same_neutral_words() {
        long id = Members.verifiedMember(signup, events, "Sol", Members.uniqueEmail("sol"));
        Members.signIn(members, tx, id);

        Questionnaires.take(
                assessments,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.BLADDER_OR_BOWEL))
                        .build());
        long assessmentId = results.latestResult().orElseThrow().assessmentId();

        OutboxEmail sent = awaitEmail("assessment-completed:" + assessmentId);
        assertThat(sent.getSubject()).isEqualTo("Your questionnaire results are ready");
        assertThat(sent.getTextBody()).doesNotContainIgnoringCase("A&E").doesNotContainIgnoringCase("bladder");
    }

    @Test
    void an_emergency_answer_alerts_the_clinic_once_with_a_link_to_the_member_and_no_symptoms() {
        long id = Members.verifiedMember(signup, events, "Ned", Members.uniqueEmail("ned"));
        Members.signIn(members, tx, id);

        Questionnaires.take(
                assessments,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.SEXUAL_FUNCTION, RedFlag.BOTH_LEGS))
                        .build());
        long assessmentId = results.latestResult().orElseThrow().assessmentId();

        OutboxEmail alert = awaitEmail("emergency-alert:" + assessmentId);
        assertThat(alert.getToAddress()).isEqualTo(adminEmail);
        assertThat(alert.getSubject()).isEqualTo("A member answered an emergency safety question");
        assertThat(alert.getTextBody())
                .contains("please consider calling them", "http://localhost:8080/admin/members/" + id);
        for (String body : new String[] {alert.getTextBody(), alert.getHtmlBody()}) {
            assertThat(body)
                    .doesNotContainIgnoringCase("legs")
                    .doesNotContainIgnoringCase("sexual")
                    .doesNotContainIgnoringCase("erection")
                    .doesNotContainIgnoringCase("Ned");
        }
    }
}
