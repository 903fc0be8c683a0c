package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.notification.domain.EmailStatus;
import com.backinshape.portal.notification.domain.OutboxEmail;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several instances on one database a scheduled job runs on one of them at a time: while another instance holds
 * the job's lock, this instance's run does nothing, so each email is sent once.
 */
class JobsRunOnceTest extends NotificationTestBase {

    @Autowired
    DataSource dataSource;

    /** The lock table as a second instance of the portal sees it. */
    private JdbcTemplateLockProvider otherInstance;

    @BeforeEach
    void otherInstanceOnTheSameDatabase() throws Exception {
        deliverLeftovers();
        SMTP.purgeEmailFromAllMailboxes();
        otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue("instance-b")
                .build());
    }

    @Test
    void the_outbox_run_is_skipped_while_another_instance_holds_its_lock_and_the_email_is_sent_once_later() {
        String address = uniqueAddress("cara");
        var event = new VerificationLinkIssued(
                uniqueId(), address, "Cara", uniqueId(), "http://localhost:8080/verify?token=abc");
        publishInTransaction(event);
        OutboxEmail email = awaitEmail("verify-link:" + event.tokenId());

        SimpleLock held = otherInstance
                .lock(new LockConfiguration(Instant.now(), "outbox-sender", Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        sender.scheduled();
        sender.scheduled();

        assertThat(receivedBy(address)).isEmpty();
        assertThat(outbox.findById(email.requireId()).orElseThrow().getStatus()).isEqualTo(EmailStatus.PENDING);

        held.unlock();
        sender.scheduled();
        sender.scheduled();

        assertThat(receivedBy(address)).hasSize(1);
        assertThat(outbox.findById(email.requireId()).orElseThrow().getStatus()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void a_lock_is_taken_by_one_instance_at_a_time() {
        String job = "probe-" + uniqueId();
        SimpleLock first = otherInstance
                .lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO))
                .orElseThrow();
        var thisInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue("instance-a")
                .build());

        assertThat(thisInstance.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO)))
                .isEmpty();
        first.unlock();
        assertThat(thisInstance.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO)))
                .isPresent();
    }
}
