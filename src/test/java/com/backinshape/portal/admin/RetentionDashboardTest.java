package com.backinshape.portal.admin;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.admin.ui.AdminDashboardView;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.SessionFeedback;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The dashboard's retention view: members active each week by signup week, as an SVG cohort chart. */
@RecordApplicationEvents
class RetentionDashboardTest extends AdminTestBase {

    @Autowired
    Retention retention;

    @Test
    void each_signup_week_shows_how_many_of_its_members_logged_a_session_in_each_week_since() {
        clock.set(Instant.parse("2031-03-04T10:00:00Z")); // Tuesday; the week starts Monday 3 March
        memberWithHealthData("Ada"); // logs a session in week 0
        long ben = verifiedMember("Ben");
        Members.signIn(members, tx, ben);
        Questionnaires.take(assessments, answers().build());
        verifiedMember("Cy"); // never logs
        clock.advance(Duration.ofDays(7));
        Members.signIn(members, tx, ben);
        programmes.logSession(new ProgrammeService.SessionEntry(true, 2, SessionFeedback.ABOUT_RIGHT, null));
        signInAsAdmin();

        var report = retention.report(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 14));

        assertThat(report.cohorts()).singleElement().satisfies(c -> {
            assertThat(c.weekStarting()).isEqualTo(LocalDate.of(2031, 3, 3));
            assertThat(c.members()).isEqualTo(3);
            assertThat(c.activeByWeek()).containsExactly(1, 1);
        });

        navigate(AdminDashboardView.class);
        String svg = $(Div.class).id("retention-chart").getElement().getChild(0).getOuterHTML();
        assertThat(svg)
                .contains("<svg id=\"retention-chart-svg\"")
                .contains("data-week=\"2031-03-03\" data-since=\"0\" data-active=\"1\"")
                .contains("data-week=\"2031-03-03\" data-since=\"1\" data-active=\"1\"")
                .contains("33%");
        assertThat($(Paragraph.class).id("retention-figures").getText())
                .matches("\\d+ programme reminders sent; \\d+ members unsubscribed in the period\\.");
    }
}
