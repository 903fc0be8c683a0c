package com.backinshape.portal.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.backinshape.portal.account.AccountRetention;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.RetentionJobs;
import com.backinshape.portal.billing.StripePayloadRetention;
import com.backinshape.portal.notification.EmailBodyRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily retention jobs keep each kind of record exactly as long as the settings say, and the privacy notice says
 * so.
 */
class RetentionJobsTest extends DataRightsTestBase {

    @Autowired
    StripePayloadRetention stripePayloads;

    @Autowired
    EmailBodyRetention emailBodies;

    @Autowired
    RetentionJobs baseJobs;

    @Autowired
    AccountRetention accountJobs;

    @Test
    void stripe_payloads_are_trimmed_to_id_type_and_status_after_90_days() {
        String old = stripeEvent(START.minus(Duration.ofDays(91)), "PROCESSED");
        String recent = stripeEvent(START.minus(Duration.ofDays(89)), "PROCESSED");
        String waiting = stripeEvent(START.minus(Duration.ofDays(91)), "RECEIVED");

        stripePayloads.trimStripePayloads();

        assertThat(payload(old)).isEqualTo("{\"id\":\"" + old + "\",\"type\":\"invoice.paid\"}");
        assertThat(payload(recent)).contains("Jenny Rosen");
        assertThat(payload(waiting)).as("not yet processed").contains("Jenny Rosen");
        assertThat(jdbc.queryForObject("select status from billing_stripe_event where event_id = ?", String.class, old))
                .isEqualTo("PROCESSED");
    }

    @Test
    void email_bodies_are_emptied_after_30_days_keeping_subject_date_and_status() {
        long old = email(START.minus(Duration.ofDays(31)), "SENT");
        long recent = email(START.minus(Duration.ofDays(29)), "SENT");
        long waiting = email(START.minus(Duration.ofDays(31)), "PENDING");

        emailBodies.trimEmailBodies();

        assertThat(jdbc.queryForMap("select subject, status, text_body, html_body from outbox_email where id = ?", old))
                .containsEntry("subject", "Old news")
                .containsEntry("status", "SENT")
                .containsEntry("text_body", "")
                .containsEntry("html_body", "");
        assertThat(body(recent)).isEqualTo("Hello Ann");
        assertThat(body(waiting)).isEqualTo("Hello Ann");
    }

    @Test
    void handled_event_publications_go_after_7_days_and_unhandled_ones_stay() {
        UUID old = publication(START.minus(Duration.ofDays(8)), true);
        UUID recent = publication(START.minus(Duration.ofDays(6)), true);
        UUID unhandled = publication(START.minus(Duration.ofDays(30)), false);

        baseJobs.deleteCompletedEventPublications();

        assertThat(publicationExists(old)).isFalse();
        assertThat(publicationExists(recent)).isTrue();
        assertThat(publicationExists(unhandled)).isTrue();
    }

    @Test
    void unconfirmed_accounts_are_deleted_after_30_days_and_confirmed_ones_stay() {
        String email = Members.uniqueEmail("unconfirmed");
        signup.signUp(Members.request("Una", email), "203.0.113.77");
        long unconfirmed =
                members.findByEmailKey(Member.emailKey(email)).orElseThrow().requireId();
        long confirmed = Members.verifiedMember(signup, events, "Vic", Members.uniqueEmail("vic"));

        clock.advance(Duration.ofDays(29));
        accountJobs.deleteUnverifiedAccounts();
        assertThat(members.findById(unconfirmed)).isPresent();

        clock.advance(Duration.ofDays(2));
        accountJobs.deleteUnverifiedAccounts();
        assertThat(members.findById(unconfirmed)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_email where lower(to_address) = ?",
                        Long.class,
                        email.toLowerCase()))
                .as("its verification emails are forgotten")
                .isZero();
        assertThat(members.findById(confirmed)).isPresent();
    }

    @Test
    void failed_sign_ins_and_rate_limit_counts_go_after_a_day() {
        String oldKey = "old." + UUID.randomUUID() + "@example.com";
        String newKey = "new." + UUID.randomUUID() + "@example.com";
        jdbc.update(
                "insert into login_throttle (email_key, failures, window_start) values (?, 3, ?)",
                oldKey,
                at(START.minus(Duration.ofHours(25))));
        jdbc.update(
                "insert into login_throttle (email_key, failures, window_start) values (?, 3, ?)",
                newKey,
                at(START.minus(Duration.ofHours(23))));
        jdbc.update(
                "insert into rate_limit_hit (bucket, occurred_at) values (?, ?)",
                "test:" + oldKey,
                at(START.minus(Duration.ofHours(25))));

        accountJobs.forgetSignInRecords();
        baseJobs.forgetRateLimitHits();

        assertThat(jdbc.queryForList(
                        "select email_key from login_throttle where email_key in (?, ?)", String.class, oldKey, newKey))
                .containsExactly(newKey);
        assertThat(jdbc.queryForObject(
                        "select count(*) from rate_limit_hit where bucket = ?", Long.class, "test:" + oldKey))
                .isZero();
    }

    @Test
    void the_privacy_notice_shows_the_configured_periods() throws Exception {
        mvc().perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("deleted after\n            <span>30 days</span>"),
                                org.hamcrest.Matchers.containsString(
                                        "kept in full for\n            <span>90 days</span>"),
                                org.hamcrest.Matchers.containsString("<span>7 days</span>"),
                                org.hamcrest.Matchers.containsString("<span>1 day</span>"))));
    }

    private String stripeEvent(Instant receivedAt, String status) {
        String id = "evt_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.update(
                """
                insert into billing_stripe_event (event_id, type, status, payload, stripe_created_at, received_at)
                values (?, 'invoice.paid', ?, ?, ?, ?)""",
                id,
                status,
                "{\"id\":\"" + id + "\",\"data\":{\"object\":{\"customer_name\":\"Jenny Rosen\"}}}",
                at(receivedAt),
                at(receivedAt));
        return id;
    }

    private String payload(String eventId) {
        return jdbc.queryForObject(
                "select payload from billing_stripe_event where event_id = ?", String.class, eventId);
    }

    private long email(Instant createdAt, String status) {
        String key = "retention-test:" + UUID.randomUUID();
        jdbc.update("""
                insert into outbox_email (dedup_key, to_address, subject, template, html_body, text_body, message_id,
                                          status, next_attempt_at, created_at)
                values (?, 'ann@example.com', 'Old news', 'welcome', '<p>Hello Ann</p>', 'Hello Ann', ?, ?, ?, ?)""", key, "<" + key + ">", status, at(createdAt), at(createdAt));
        return jdbc.queryForObject("select id from outbox_email where dedup_key = ?", Long.class, key);
    }

    private String body(long id) {
        return jdbc.queryForObject("select text_body from outbox_email where id = ?", String.class, id);
    }

    private UUID publication(Instant completedOrPublished, boolean completed) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status)
                values (?, 'test.listener', 'test.Event', '{}', ?, ?, ?)""",
                id,
                at(completedOrPublished),
                completed ? at(completedOrPublished) : null,
                completed ? "COMPLETED" : "PUBLISHED");
        return id;
    }

    private boolean publicationExists(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Long.class, id) > 0;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
