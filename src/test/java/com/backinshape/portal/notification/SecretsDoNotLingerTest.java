package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.notification.domain.EmailStatus;
import com.backinshape.portal.notification.domain.OutboxEmail;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** A single-use link's secret is in the member's inbox and nowhere in the database once it is sent. */
@RecordApplicationEvents
class SecretsDoNotLingerTest extends NotificationTestBase {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents applicationEvents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmailBodyRetention retention;

    @BeforeEach
    void nothingLeftOver() {
        deliverLeftovers();
    }

    @Test
    void after_a_verification_email_is_sent_and_used_no_table_holds_the_links_secret() {
        String email = uniqueAddress("tia");
        signup.signUp(Members.request("Tia", email), "198.51.100.90");
        VerificationLinkIssued issued = applicationEvents.stream(VerificationLinkIssued.class)
                .filter(e -> e.email().equals(email))
                .findFirst()
                .orElseThrow();
        String secret = Members.lastVerificationToken(applicationEvents, email);
        OutboxEmail recorded = awaitEmail("verify-link:" + issued.tokenId());
        assertThat(tablesHolding(secret))
                .as("before sending, the outbox holds the email")
                .contains("outbox_email");

        assertThat(sender.sendDue()).isPositive();
        assertThat(receivedBy(email)).hasSize(1);
        signup.confirmEmail(secret);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(tablesHolding(secret)).isEmpty());
        OutboxEmail sent = outbox.findById(recorded.requireId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.getSubject()).isEqualTo("Confirm your email");
    }

    @Test
    void other_emails_keep_their_text_for_30_days_after_sending() {
        String key = "no-link:" + uniqueId();
        String address = uniqueAddress("uma");
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> outbox.insertIfAbsent(
                        key,
                        null,
                        address,
                        "Your results are ready",
                        "test",
                        "<p>See you soon</p>",
                        "See you soon",
                        EmailOutbox.messageId(key),
                        clock.instant()));
        sender.sendDue();
        long id = outbox.findByDedupKey(key).orElseThrow().requireId();

        clock.advance(Duration.ofDays(30 - 1)); // app.retention.email-bodies: 30 days
        retention.trimEmailBodies();
        assertThat(outbox.findById(id).orElseThrow().getTextBody()).isEqualTo("See you soon");

        clock.advance(Duration.ofDays(2));
        retention.trimEmailBodies();
        OutboxEmail old = outbox.findById(id).orElseThrow();
        assertThat(old.getTextBody()).isEmpty();
        assertThat(old.getHtmlBody()).isEmpty();
        assertThat(old.getSubject()).isEqualTo("Your results are ready");
    }

    /** Every table with a value that contains {@code text}. */
    private List<String> tablesHolding(String text) {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables "
                        + "where lower(table_schema) = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("member", "account_token", "outbox_email", "event_publication");
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            jdbc.query("select * from " + table, rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    if (value != null && value.toString().contains(text) && !holding.contains(table)) {
                        holding.add(table);
                    }
                }
            });
        }
        return holding;
    }
}
