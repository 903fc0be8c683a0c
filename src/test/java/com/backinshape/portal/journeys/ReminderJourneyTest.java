package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.reminders.ReminderJob;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programme reminders in Chromium: a member turns them on for today on the account page, the job finds the reminder
 * due, the email is recorded with its one-click unsubscribe address, and one POST to that address with no session turns
 * reminders off, as the preferences page then confirms.
 */
@RecordApplicationEvents
class ReminderJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ReminderJob reminders;

    @Test
    void a_member_turns_reminders_on_for_today_gets_one_with_an_unsubscribe_header_and_one_click_turns_them_off() {
        String email = Members.uniqueEmail("rhi");
        long id = Members.verifiedMember(signup, events, "Rhi", email);
        Members.signIn(members, tx, id);
        Questionnaires.take(assessments, AnswersBuilder.answers().build());
        SecurityContextHolder.clearContext();
        signIn(email, Members.PASSWORD);

        page.navigate(url("/account"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Programme reminders")))
                .isVisible();
        page.locator("#reminders-on").getByText("Email me a reminder").click();
        LocalDate today = LocalDate.now(TimeConfig.LONDON);
        page.locator("#reminders-days")
                .getByText(
                        today.getDayOfWeek().getDisplayName(TextStyle.FULL, TimeConfig.EN_GB),
                        new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#reminders-time input").fill("00:00");
        page.locator("#reminders-time input").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save reminders"))
                .click();
        assertThat(page.locator("#reminders-section")).containsText("Saved. We'll email you a link to your programme");

        // the job's next run: today's time (00:00) has passed
        reminders.remindDue();
        String key = "reminder:" + id + ":" + today;
        Map<String, Object> recorded = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select subject, list_unsubscribe, text_body from outbox_email where dedup_key = ?",
                                key),
                        r -> !r.isEmpty())
                .getFirst();
        org.assertj.core.api.Assertions.assertThat(recorded.get("subject")).isEqualTo("Time for today's programme");
        String oneClick = (String) recorded.get("list_unsubscribe");
        org.assertj.core.api.Assertions.assertThat(oneClick).startsWith(url("/email-preferences/unsubscribe?token="));
        org.assertj.core.api.Assertions.assertThat((String) recorded.get("text_body"))
                .contains(url("/programme"));

        // a mail program's one click: a POST with no session, no cookies, no CSRF token
        try (var mailProgram = page.context().browser().newContext()) {
            var response = mailProgram
                    .request()
                    .post(
                            oneClick,
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                                    .setData("List-Unsubscribe=One-Click"));
            org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        }

        URI link = URI.create(oneClick);
        page.navigate(url("/email-preferences?" + link.getRawQuery()));
        assertThat(page.locator("#preferences-status")).containsText("You're unsubscribed");
        page.navigate(url("/account"));
        assertThat(page.locator("#reminders-section")).containsText("You unsubscribed from reminders");
    }
}
