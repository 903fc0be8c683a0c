package com.backinshape.portal.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.HealthConsent;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ProgrammeService;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Withdraw health-data consent": everything health goes, the programmes stop, the rest keeps working. */
class ConsentWithdrawalTest extends DataRightsTestBase {

    @Autowired
    HealthConsent consent;

    @Test
    void withdrawing_deletes_every_answer_result_log_and_note_and_stops_the_programmes() {
        var m = memberWithEverything("Wilhelmina");
        signIn(m.id());

        consent.withdraw();

        for (String table :
                new String[] {"assessment", "programme", "session_log", "strength_progress", "strength_session"}) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where member_id = ?", Long.class, m.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForList("select note from video_review_request where member_id = ?", String.class, m.id()))
                .as("the booking stays, its note goes")
                .hasSize(1)
                .containsOnlyNulls();
        assertThat(programmes.today().state()).isNotEqualTo(ProgrammeService.State.ACTIVE);
        assertThat(access.tierFor(m.id())).as("the subscription keeps working").isEqualTo(Tier.PREMIUM_PLUS);
        assertThat(consent.isGiven()).isFalse();
    }

    @Test
    void an_email_confirms_it_without_any_health_data() {
        var m = memberWithEverything("Hildegard");
        signIn(m.id());

        consent.withdraw();

        Map<String, Object> email = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select to_address, subject, text_body, html_body from outbox_email where member_id = ? and template = ?",
                                m.id(),
                                "consent-withdrawn"),
                        rows -> rows.size() == 1)
                .getFirst();
        assertThat(email.get("to_address")).isEqualTo(m.email());
        assertThat(email.get("subject")).isEqualTo("You withdrew consent to use your health information");
        assertThat((String) email.get("text_body"))
                .contains("have been deleted", "keep working")
                .doesNotContain("knee", "sciatica", "hip", "pain score");
    }

    @Test
    void without_consent_the_questionnaire_is_refused_and_after_giving_it_again_the_member_starts_afresh() {
        var m = memberWithEverything("Gunhilda");
        signIn(m.id());
        consent.withdraw();

        assertThat(assessments.hasHealthConsent()).isFalse();
        assertThatThrownBy(() -> assessments.startOrResume())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().values())
                                .anyMatch(text -> text.contains("Give it again on your account page")));
        assertThatThrownBy(() -> consent.withdraw()).isInstanceOf(InvalidInputException.class);

        clock.advance(Duration.ofMinutes(5));
        consent.give();

        assertThat(consent.isGiven()).isTrue();
        var attempt = assessments.startOrResume();
        assertThat(attempt.stepIndex()).isZero();
        assertThat(attempt.answers()).isEmpty();
        assertThat(member(m.id()).getHealthConsentAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }
}
