package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.admin.Dashboard;
import com.backinshape.portal.admin.MemberAdmin;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ui.ProgrammeView;
import com.backinshape.portal.programme.ui.StrengthView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A log that says "saved" has counted: one rule for what a logged session is (free or strength, "I did this session"
 * ticked), and the member's "Sessions per week", the admin's "Sessions logged" and the dashboard agree.
 */
class LoggedSessionsTest extends PremiumTestBase {

    @Autowired
    ProgrammeService programme;

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    Dashboard dashboard;

    private String formMessage() {
        return $(Div.class).id("session-log").getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private void log(boolean done, String pain, boolean strength) {
        if ($(Checkbox.class).id("log-done").getValue() != done) {
            test($(Checkbox.class).id("log-done")).click();
        }
        if (pain != null) {
            test($(Select.class).id("log-pain")).selectItem(pain);
        }
        test($(RadioButtonGroup.class).id("log-feedback")).selectItem("About right");
        if (strength) {
            test($(RadioButtonGroup.class).id("log-leg-symptoms")).selectItem("No");
        }
        test($(Button.class).id("save-session")).click();
    }

    private int sessionsThisWeek() {
        return programme.progress().weeks().getLast().sessions();
    }

    @Test
    void an_unticked_log_says_it_was_not_counted_and_is_not_counted() {
        signedInMember("Una", Tier.FREE);
        navigate(ProgrammeView.class);

        log(false, "3", false);

        assertThat(formMessage()).contains("Noted: not counted as a session").doesNotContain("Session saved");
        assertThat(sessionsThisWeek()).isZero();
        assertThat(programme.progress().pain()).hasSize(1);

        log(true, "3", false);

        assertThat(formMessage()).contains("Session saved").doesNotContain("Noted: not counted");
        assertThat(sessionsThisWeek()).isEqualTo(1);
    }

    @Test
    void a_new_error_replaces_the_earlier_success_message() {
        signedInMember("Eric", Tier.FREE);
        navigate(ProgrammeView.class);
        log(true, "2", false);
        assertThat(formMessage()).contains("Session saved");

        log(true, null, false);

        assertThat(formMessage()).doesNotContain("Session saved");
        assertThat($(Select.class).id("log-pain").isInvalid()).isTrue();

        log(false, "2", false);
        assertThat(formMessage()).contains("Noted: not counted as a session");
        log(false, null, false);
        assertThat(formMessage()).doesNotContain("Noted: not counted as a session");
    }

    @Test
    void an_unticked_strength_log_is_not_called_saved() {
        signedInMember("Stan", Tier.PREMIUM);
        navigate(StrengthView.class);

        log(false, "2", true);

        assertThat(formMessage()).contains("Noted: not counted as a session").doesNotContain("Session saved");
    }

    @Test
    void free_and_strength_sessions_count_the_same_for_the_member_the_admin_page_and_the_dashboard() {
        long before = asAdmin(() -> dashboard.report(null, null).sessionsLogged());
        long id = signedInMember("Polly", Tier.PREMIUM);
        navigate(ProgrammeView.class);
        log(true, "2", false);
        log(false, "2", false);
        navigate(StrengthView.class);
        log(true, "2", true);
        assertThat(sessionsThisWeek()).isEqualTo(2);

        long admin = asAdmin(() -> memberAdmin.file(id).orElseThrow().sessionsLogged());
        long dashboardCount = asAdmin(() -> dashboard.report(null, null).sessionsLogged()) - before;

        assertThat(admin).isEqualTo(2);
        assertThat(dashboardCount).isEqualTo(2);
    }

    private long asAdmin(java.util.function.LongSupplier call) {
        signIn(members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId());
        return call.getAsLong();
    }
}
