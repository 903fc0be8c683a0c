package com.backinshape.portal.notification;

import static com.backinshape.portal.assessment.AnswersBuilder.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.backinshape.portal.account.MarketingConsents;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.SignupService.SignupRequest;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.backinshape.portal.assessment.RedFlag;
import com.backinshape.portal.assessment.RedFlagAnswers;
import com.backinshape.portal.billing.BillingEvents.SubscriptionEnded;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.SessionFeedback;
import com.backinshape.portal.reminders.CheckInJob;
import com.backinshape.portal.reminders.PreferenceLinks;
import com.backinshape.portal.reminders.ReminderJob;
import com.backinshape.portal.reminders.ReminderService;
import com.backinshape.portal.reminders.domain.EmailPreferenceRepository;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programme reminders the member chooses: due on their days at their London time, once a day whatever the clock change,
 * never while the programme is suspended, through the outbox with one-click unsubscribe.
 */
@RecordApplicationEvents
class ProgrammeRemindersTest extends NotificationTestBase {

    @Autowired
    ReminderJob job;

    @Autowired
    CheckInJob checkIns;

    @Autowired
    MarketingConsents marketing;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ReminderService reminders;

    @Autowired
    PreferenceLinks links;

    @Autowired
    EmailPreferenceRepository preferences;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SignupService signup;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void nothingLeftOver() throws Exception {
        runJobAndDeliver();
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** A signed-in member with a free programme, who chooses reminders on these days at this London time. */
    private Member memberWithReminders(String name, LocalTime time, DayOfWeek... days) {
        String email = Members.uniqueEmail(name.toLowerCase());
        long id = Members.verifiedMember(signup, events, name, email);
        Members.signIn(members, tx, id);
        Questionnaires.take(
                assessments, answers().legRaise(LegRaise.UNDER_30_DEGREES).build());
        reminders.choose(true, Set.of(days), time);
        return new Member(id, email);
    }

    private record Member(long id, String email) {}

    /** Runs the job as the scheduler would (no one signed in), waits for the emails and delivers them. */
    private void runJobAndDeliver() {
        SecurityContextHolder.clearContext();
        job.remindDue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        deliverLeftovers();
    }

    private void runCheckInsAndDeliver() {
        SecurityContextHolder.clearContext();
        checkIns.checkIn();
        checkIns.nudge();
        checkIns.winBack();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        deliverLeftovers();
    }

    private List<MimeMessage> remindersTo(Member m) {
        return emailsTo(m, "Time for today's programme");
    }

    private List<MimeMessage> emailsTo(Member m, String subject) {
        return receivedBy(m.email()).stream()
                .filter(msg -> {
                    try {
                        return msg.getSubject().equals(subject);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void a_reminder_comes_on_a_chosen_day_once_the_time_has_come_once_that_day_with_a_one_click_unsubscribe_header()
            throws Exception {
        // Thursday 26 November 2026, 10:00 in London
        var ann = memberWithReminders("Ann", LocalTime.of(10, 30), DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);

        runJobAndDeliver();
        assertThat(remindersTo(ann)).as("before 10:30").isEmpty();

        clock.advance(Duration.ofMinutes(31));
        runJobAndDeliver();
        runJobAndDeliver();
        assertThat(remindersTo(ann)).singleElement().satisfies(m -> {
            assertThat(m.getHeader("List-Unsubscribe", null))
                    .startsWith("<http://localhost:8080/email-preferences/unsubscribe?token=" + ann.id() + ".");
            assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(m);
            assertThat(body).contains("http://localhost:8080/programme").contains("/email-preferences?token=");
        });

        clock.advance(Duration.ofDays(1)); // Friday: not chosen
        runJobAndDeliver();
        assertThat(remindersTo(ann)).hasSize(1);

        clock.advance(Duration.ofDays(1).minusHours(1)); // Saturday 09:31: not yet
        runJobAndDeliver();
        assertThat(remindersTo(ann)).hasSize(1);
        clock.advance(Duration.ofHours(1)); // Saturday 10:31
        runJobAndDeliver();
        assertThat(remindersTo(ann)).hasSize(2);
    }

    @Test
    void times_are_london_times_across_the_clock_changes_in_march_and_october() {
        // Sunday 28 March 2027: at 01:00 GMT the clocks go forward to 02:00 BST; 01:30 never happens
        clock.set(Instant.parse("2027-03-27T12:00:00Z"));
        var bea = memberWithReminders("Bea", LocalTime.of(1, 30), DayOfWeek.SUNDAY);
        var cal = memberWithReminders("Cal", LocalTime.of(9, 0), DayOfWeek.SUNDAY);

        clock.set(Instant.parse("2027-03-28T00:59:00Z")); // 00:59 GMT
        runJobAndDeliver();
        assertThat(remindersTo(bea)).isEmpty();
        clock.set(Instant.parse("2027-03-28T01:00:00Z")); // 02:00 BST: 01:30 has passed
        runJobAndDeliver();
        assertThat(remindersTo(bea)).hasSize(1);
        clock.set(Instant.parse("2027-03-28T07:59:00Z")); // 08:59 BST, though 07:59 in UTC
        runJobAndDeliver();
        assertThat(remindersTo(cal)).isEmpty();
        clock.set(Instant.parse("2027-03-28T08:00:00Z")); // 09:00 BST
        runJobAndDeliver();
        assertThat(remindersTo(cal)).hasSize(1);

        // Sunday 31 October 2027: 01:00-02:00 happens twice (BST, then GMT); one reminder all the same
        clock.set(Instant.parse("2027-10-31T00:30:00Z")); // 01:30 BST
        runJobAndDeliver();
        assertThat(remindersTo(bea)).hasSize(2);
        clock.set(Instant.parse("2027-10-31T01:30:00Z")); // 01:30 GMT, the second time
        runJobAndDeliver();
        assertThat(remindersTo(bea)).hasSize(2);
        clock.set(Instant.parse("2027-10-31T08:59:00Z")); // 08:59 GMT
        runJobAndDeliver();
        assertThat(remindersTo(cal)).hasSize(1);
        clock.set(Instant.parse("2027-10-31T09:00:00Z")); // 09:00 GMT
        runJobAndDeliver();
        assertThat(remindersTo(cal)).hasSize(2);
    }

    @Test
    void no_reminder_while_the_programme_is_suspended() {
        var dan = memberWithReminders("Dan", LocalTime.of(9, 0), DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        Questionnaires.take(
                assessments,
                answers()
                        .redFlags(RedFlagAnswers.yesTo(RedFlag.CONSTANT_NIGHT_PAIN))
                        .build());

        runJobAndDeliver();
        clock.advance(Duration.ofDays(1));
        runJobAndDeliver();

        assertThat(remindersTo(dan)).isEmpty();
    }

    @Test
    void a_restart_or_second_instance_that_lost_track_still_sends_one_per_member_and_day() {
        var eve = memberWithReminders("Eve", LocalTime.of(9, 0), DayOfWeek.THURSDAY);
        runJobAndDeliver();
        // as if a second instance had read the members before the first recorded the reminder
        tx.executeWithoutResult(
                s -> jdbc.update("update email_preference set last_reminded_on = null where member_id = ?", eve.id()));
        runJobAndDeliver();

        assertThat(remindersTo(eve)).hasSize(1);
        assertThat(outbox.findByDedupKey("reminder:" + eve.id() + ":2026-11-26"))
                .isPresent();
    }

    @Test
    void two_instances_running_the_job_at_once_send_one_reminder_per_member_and_day() {
        var ned = memberWithReminders("Ned", LocalTime.of(9, 0), DayOfWeek.THURSDAY);
        SecurityContextHolder.clearContext();

        // two instances whose runs overlap (as if the lock had expired): one may fail on the member's row
        var first = CompletableFuture.runAsync(this::runQuietly);
        var second = CompletableFuture.runAsync(this::runQuietly);
        CompletableFuture.allOf(first, second).join();
        runJobAndDeliver();

        assertThat(remindersTo(ned)).hasSize(1);
    }

    private void runQuietly() {
        try {
            job.remindDue();
        } catch (RuntimeException e) {
            // the other instance recorded the reminder first; the scheduled run logs and carries on
        }
    }

    @Test
    void one_click_unsubscribe_is_a_post_with_no_session_and_stops_reminders_at_once() throws Exception {
        var fay = memberWithReminders("Fay", LocalTime.of(11, 0), DayOfWeek.THURSDAY);
        URI oneClick = URI.create(links.forMember(fay.id()).oneClick());
        SecurityContextHolder.clearContext();

        mvc().perform(post(oneClick.getPath() + "?" + oneClick.getRawQuery())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        assertThat(preferences.findByMemberId(fay.id()).orElseThrow().isRemindersOn())
                .isFalse();
        clock.advance(Duration.ofHours(2));
        runJobAndDeliver();
        assertThat(remindersTo(fay)).isEmpty();
    }

    @Test
    void a_preferences_link_stops_working_after_60_days_and_a_forged_one_never_works() throws Exception {
        var gus = memberWithReminders("Gus", LocalTime.of(11, 0), DayOfWeek.THURSDAY);
        URI oneClick = URI.create(links.forMember(gus.id()).oneClick());
        String query = oneClick.getRawQuery();
        SecurityContextHolder.clearContext();

        mvc().perform(post(oneClick.getPath() + "?"
                        + query.replace("token=" + gus.id() + ".", "token=" + (gus.id() + 1) + ".")))
                .andExpect(status().isBadRequest());
        clock.advance(Duration.ofDays(60));
        mvc().perform(post(oneClick.getPath() + "?" + query)).andExpect(status().isGone());

        assertThat(preferences.findByMemberId(gus.id()).orElseThrow().isRemindersOn())
                .isTrue();
    }

    @Test
    void four_weeks_after_the_last_questionnaire_one_email_invites_the_check_in() {
        var hal = memberWithReminders("Hal", LocalTime.of(9, 0), DayOfWeek.MONDAY);
        String subject = "Four weeks on: how is your back?";

        clock.advance(Duration.ofDays(27));
        runCheckInsAndDeliver();
        assertThat(emailsTo(hal, subject)).isEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        runCheckInsAndDeliver();
        clock.advance(Duration.ofDays(10));
        runCheckInsAndDeliver();
        assertThat(emailsTo(hal, subject))
                .singleElement()
                .satisfies(m ->
                        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click"));
    }

    @Test
    void fourteen_days_without_a_logged_session_bring_one_gentle_nudge_never_a_series() {
        var ida = memberWithReminders("Ida", LocalTime.of(9, 0), DayOfWeek.MONDAY);
        String subject = "Your programme is here when you're ready";
        clock.advance(Duration.ofDays(1));
        programmes.logSession(new ProgrammeService.SessionEntry(true, 3, SessionFeedback.ABOUT_RIGHT, null));

        clock.advance(Duration.ofDays(13)); // 14 days since the programme, 13 since the session
        runCheckInsAndDeliver();
        assertThat(emailsTo(ida, subject)).isEmpty();

        clock.advance(Duration.ofDays(1));
        runCheckInsAndDeliver();
        assertThat(emailsTo(ida, subject)).hasSize(1);
        for (int week = 0; week < 4; week++) {
            clock.advance(Duration.ofDays(7));
            runCheckInsAndDeliver();
        }
        assertThat(emailsTo(ida, subject)).as("one nudge, never a series").hasSize(1);
    }

    @Test
    void an_unsubscribed_member_gets_no_nudge_and_no_check_in() throws Exception {
        var jon = memberWithReminders("Jon", LocalTime.of(9, 0), DayOfWeek.MONDAY);
        URI oneClick = URI.create(links.forMember(jon.id()).oneClick());
        SecurityContextHolder.clearContext();
        mvc().perform(post(oneClick.getPath() + "?" + oneClick.getRawQuery())).andExpect(status().isOk());

        clock.advance(Duration.ofDays(30));
        runCheckInsAndDeliver();

        assertThat(receivedBy(jon.email())).isNotEmpty(); // the account's own emails still come
        assertThat(emailsTo(jon, "Four weeks on: how is your back?")).isEmpty();
        assertThat(emailsTo(jon, "Your programme is here when you're ready")).isEmpty();
        assertThat(remindersTo(jon)).isEmpty();
    }

    @Test
    void seven_days_after_a_paid_subscription_ends_one_win_back_goes_only_with_marketing_consent() {
        // ticked at signup: recorded with its version and time
        String kimEmail = Members.uniqueEmail("kim");
        signup.signUp(
                new SignupRequest("Kim", kimEmail, Members.PASSWORD, true, true, null, null, null, null, true, true),
                "203.0.113.77");
        long kimId = signup.confirmEmail(Members.lastVerificationToken(events, kimEmail))
                .memberId();
        Members.signIn(members, tx, kimId);
        assertThat(marketing.current().version()).isEqualTo(MarketingConsents.VERSION);
        assertThat(marketing.current().givenAt()).isEqualTo(START);
        var kim = new Member(kimId, kimEmail);
        // left unticked
        var lou = memberWithReminders("Lou", LocalTime.of(9, 0), DayOfWeek.MONDAY);
        assertThat(marketing.current().given()).isFalse();
        SecurityContextHolder.clearContext();
        String subject = "Your programme is still here";

        publishInTransaction(
                new SubscriptionEnded(kim.id(), "sub_kim_" + kim.id(), clock.instant()),
                new SubscriptionEnded(lou.id(), "sub_lou_" + lou.id(), clock.instant()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);

        clock.advance(Duration.ofDays(6));
        runCheckInsAndDeliver();
        assertThat(emailsTo(kim, subject)).isEmpty();

        clock.advance(Duration.ofDays(1));
        runCheckInsAndDeliver();
        clock.advance(Duration.ofDays(7));
        runCheckInsAndDeliver();
        assertThat(emailsTo(kim, subject))
                .singleElement()
                .satisfies(m -> assertThat(m.getHeader("List-Unsubscribe", null))
                        .contains("/email-preferences/unsubscribe?token="));
        assertThat(emailsTo(lou, subject)).isEmpty();
    }

    @Test
    void marketing_consent_withdrawn_on_the_account_page_stops_the_win_back() {
        var max = memberWithReminders("Max", LocalTime.of(9, 0), DayOfWeek.MONDAY);
        marketing.choose(true);
        marketing.choose(false);
        assertThat(marketing.current().given()).isFalse();
        SecurityContextHolder.clearContext();

        publishInTransaction(new SubscriptionEnded(max.id(), "sub_max_" + max.id(), clock.instant()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        clock.advance(Duration.ofDays(8));
        runCheckInsAndDeliver();

        assertThat(emailsTo(max, "Your programme is still here")).isEmpty();
    }
}
