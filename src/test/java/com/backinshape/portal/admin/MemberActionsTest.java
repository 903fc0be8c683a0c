package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.notification.SentEmailAdministration;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;

/** Each admin action with its confirmation reason, its audit entry and its email where there is one. */
class MemberActionsTest extends AdminTestBase {

    @Autowired
    MemberAdmin admin;

    @Autowired
    SentEmailAdministration sentEmails;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void asAdmin() {
        signInAsAdmin();
    }

    @Test
    void resending_the_verification_email_records_the_reason_and_puts_a_second_email_in_the_outbox() {
        long id = unverifiedMember("Vera");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sentEmails.forMember(id).size() == 1);

        admin.resendVerification(id, "Member phoned: the first email never arrived");

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> sentEmails.forMember(id).size() == 2);
        assertThat(sentEmails.forMember(id)).allMatch(e -> e.template().equals("verify-email"));
        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RESENT_VERIFICATION);
            assertThat(e.reason()).isEqualTo("Member phoned: the first email never arrived");
            assertThat(e.actorEmail()).isEqualTo(ADMIN_EMAIL);
            assertThat(e.memberName()).isEqualTo("Vera (#" + id + ")"); // the id, never the email
        });
    }

    @Test
    void an_action_without_a_reason_changes_nothing_and_records_nothing() {
        long id = verifiedMember("Nora");

        assertThatThrownBy(() -> admin.setSignInEnabled(id, false, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));

        assertThat(member(id).isEnabled()).isTrue();
        assertThat(auditFor(id)).isEmpty();
    }

    @Test
    void disabling_sign_in_ends_the_members_sessions_and_enabling_restores_it() {
        long id = verifiedMember("Dan");
        MemberPrincipal principal = tx.execute(s -> principalOf(id));
        sessionRegistry.registerNewSession("dan-phone-" + id, principal);

        admin.setSignInEnabled(id, false, "Shared account reported by the clinic");

        assertThat(member(id).isEnabled()).isFalse();
        assertThat(sessionRegistry.getAllSessions(principal, true))
                .singleElement()
                .matches(SessionInformation::isExpired);
        admin.setSignInEnabled(id, true, "Confirmed with the member by phone");
        assertThat(member(id).isEnabled()).isTrue();
        assertThat(auditFor(id))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.ENABLED_SIGN_IN, AuditAction.DISABLED_SIGN_IN);
    }

    @Test
    void an_admin_cannot_disable_themselves() {
        assertThatThrownBy(() -> admin.setSignInEnabled(adminId(), false, "testing"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(member(adminId()).isEnabled()).isTrue();
    }

    @Test
    void health_answers_are_shown_only_after_the_reason_is_recorded() {
        long id = memberWithHealthData("Hana");

        assertThatThrownBy(() -> admin.healthData(id, "")).isInstanceOf(InvalidInputException.class);
        assertThat(auditFor(id)).isEmpty();

        HealthData data = admin.healthData(id, "Physio call about her programme");

        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.VIEWED_HEALTH_DATA);
            assertThat(e.reason()).isEqualTo("Physio call about her programme");
        });
        assertThat(data.questionnaires()).singleElement().satisfies(q -> {
            assertThat(q.riskGroup()).isNotNull();
            assertThat(q.answers()).isNotEmpty();
        });
        assertThat(data.painScores())
                .singleElement()
                .satisfies(p -> assertThat(p.pain()).isEqualTo(6));
        assertThat(admin.file(id).orElseThrow().sessionsLogged()).isEqualTo(1);
    }

    @Test
    void erasing_a_member_removes_personal_and_health_data_and_blanks_their_name_in_the_audit_log() {
        long id = memberWithHealthData("Erin");
        admin.healthData(id, "Checking before the deletion request");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !sentEmails.forMember(id).isEmpty());

        admin.erase(id, "Member asked for deletion by email");

        var stub = member(id);
        assertThat(stub.isErased()).isTrue();
        assertThat(stub.getFirstName()).isEmpty();
        assertThat(stub.getEmail()).isEqualTo("erased-" + id + "@erased.invalid");
        assertThat(stub.isEnabled()).isFalse();
        assertThat(stub.getSourceRef()).isNull();
        for (String table : new String[] {"assessment", "programme", "session_log", "account_token"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where member_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForList("select to_address, text_body from outbox_email where member_id = ?", id))
                .isNotEmpty()
                .allSatisfy(row -> {
                    assertThat(row.get("to_address")).isEqualTo("erased@erased.invalid");
                    assertThat(row.get("text_body")).isEqualTo("");
                });
        assertThat(auditFor(id))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.ERASED_MEMBER, AuditAction.VIEWED_HEALTH_DATA);
        assertThat(auditFor(id)).allSatisfy(e -> assertThat(e.memberName()).isNull());
        assertThat(auditFor(id).getFirst().reason()).isEqualTo("Member asked for deletion by email");
    }

    private MemberPrincipal principalOf(long id) {
        // the same principal a sign-in makes; built through the test helper's path
        com.backinshape.portal.account.Members.signIn(members, tx, id);
        var p = (MemberPrincipal) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication()
                .getPrincipal();
        signInAsAdmin();
        return p;
    }
}
