package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.SignupService.SignupRequest;
import com.backinshape.portal.notification.domain.EmailStatus;
import com.backinshape.portal.notification.domain.OutboxEmail;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class OutboxDeliveryTest extends NotificationTestBase {

    private static final Pattern VERIFY_LINK = Pattern.compile("http://localhost:8080/verify\\?token=[A-Za-z0-9_-]+");

    @Autowired
    SignupService signups;

    @Autowired
    EmailProperties settings;

    @BeforeEach
    void nothingLeftOver() throws Exception {
        deliverLeftovers();
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void signing_up_records_one_confirm_email_and_the_sender_delivers_it_as_text_and_html() throws Exception {
        String address = uniqueAddress("ann");
        signups.signUp(
                new SignupRequest("Ann", address, "Calm-Stretch-Morning-42", true, true, null, null, null, null, true),
                "198.51.100.1");

        OutboxEmail recorded = await(address);
        assertThat(recorded.getSubject()).isEqualTo("Confirm your email");
        assertThat(recorded.getStatus()).isEqualTo(EmailStatus.PENDING);
        assertThat(outbox.findAll())
                .filteredOn(e -> e.getToAddress().equals(address))
                .hasSize(1);

        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage received = receivedBy(address).getFirst();
        assertThat(received.getSubject()).isEqualTo("Confirm your email");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@backinshapeapp.com");
        assertThat(received.getHeader("Message-ID", null))
                .isEqualTo(recorded.getMessageId())
                .isEqualTo(EmailOutbox.messageId(recorded.getDedupKey()));
        var parts = (MimeMultipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = body(parts.getBodyPart(0), "text/plain");
        String html = body(parts.getBodyPart(1), "text/html");
        String link = firstLink(text);
        assertThat(html).contains(link.replace("&", "&amp;"));
        assertThat(text)
                .contains(
                        "Hello Ann,",
                        "0203 947 32 22",
                        "4 Cavendish Square, London W1G 0PG",
                        "You are getting this email because");
        assertThat(outbox.findById(recorded.requireId()).orElseThrow())
                .extracting(OutboxEmail::getStatus, OutboxEmail::getSentAt)
                .containsExactly(EmailStatus.SENT, START);
    }

    @Test
    void the_same_event_handled_twice_makes_one_email_and_one_delivery() {
        String address = uniqueAddress("ben");
        var event = new VerificationLinkIssued(
                uniqueId(), address, "Ben", uniqueId(), "http://localhost:8080/verify?token=abc");

        publishInTransaction(event, event);
        awaitEmail("verify-link:" + event.tokenId());
        publishInTransaction(event);
        sender.sendDue();
        sender.sendDue();

        assertThat(outbox.findAll())
                .filteredOn(e -> e.getToAddress().equals(address))
                .hasSize(1);
        assertThat(receivedBy(address)).hasSize(1);
    }

    @Test
    void an_email_is_retried_with_backoff_while_the_mail_server_is_down_and_delivered_exactly_once()
            throws IOException {
        String address = uniqueAddress("cara");
        var event = new VerificationLinkIssued(
                uniqueId(), address, "Cara", uniqueId(), "http://localhost:8080/verify?token=xyz");
        publishInTransaction(event);
        long id = awaitEmail("verify-link:" + event.tokenId()).requireId();

        OutboxSender serverDown = new OutboxSender(outbox, mailSenderOnClosedPort(), settings, clock, transactions);
        assertThat(serverDown.sendDue()).isZero();
        OutboxEmail failedOnce = outbox.findById(id).orElseThrow();
        assertThat(failedOnce.getStatus()).isEqualTo(EmailStatus.PENDING);
        assertThat(failedOnce.getAttempts()).isEqualTo(1);
        assertThat(failedOnce.getNextAttemptAt()).isEqualTo(START.plusSeconds(30));
        assertThat(failedOnce.getLastError())
                .isNotBlank()
                .doesNotContain(address)
                .doesNotContain("Cara");

        clock.advance(Duration.ofSeconds(31));
        assertThat(serverDown.sendDue()).isZero();
        assertThat(outbox.findById(id).orElseThrow().getNextAttemptAt()).isEqualTo(START.plusSeconds(31 + 60));

        assertThat(sender.sendDue()).as("not due yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();

        assertThat(receivedBy(address)).hasSize(1);
        assertThat(outbox.findById(id).orElseThrow())
                .extracting(OutboxEmail::getStatus, OutboxEmail::getAttempts)
                .containsExactly(EmailStatus.SENT, 3);
    }

    @Test
    void an_email_that_keeps_failing_is_given_up_after_its_last_attempt() throws IOException {
        String address = uniqueAddress("dan");
        var event = new VerificationLinkIssued(
                uniqueId(), address, "Dan", uniqueId(), "http://localhost:8080/verify?token=q");
        publishInTransaction(event);
        long id = awaitEmail("verify-link:" + event.tokenId()).requireId();
        OutboxSender serverDown = new OutboxSender(outbox, mailSenderOnClosedPort(), settings, clock, transactions);

        // the sender stops at the first failure, so an email due before this one (left by an asynchronous
        // listener of an earlier test) takes that round's attempt: go on until this one has had all of its own
        for (int round = 0;
                round < settings.attemptsAllowed() * 20
                        && outbox.findById(id).orElseThrow().getStatus() == EmailStatus.PENDING;
                round++) {
            serverDown.sendDue();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(outbox.findById(id).orElseThrow().getAttempts()).isEqualTo(settings.attemptsAllowed());

        assertThat(outbox.findById(id).orElseThrow().getStatus()).isEqualTo(EmailStatus.FAILED);
        assertThat(sender.sendDue()).isZero();
        assertThat(receivedBy(address)).isEmpty();
    }

    @Test
    void the_wait_between_attempts_doubles_from_30_seconds_up_to_an_hour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(OutboxSender.backoff(14)).isEqualTo(Duration.ofHours(1));
    }

    private OutboxEmail await(String address) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> outbox.findAll().stream()
                                .filter(e -> e.getToAddress().equals(address))
                                .findFirst()
                                .orElse(null),
                        e -> e != null);
    }

    private static JavaMailSenderImpl mailSenderOnClosedPort() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(port);
        down.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return down;
    }

    private static String body(BodyPart part, String type) throws Exception {
        assertThat(part.getContentType()).startsWith(type);
        return part.getContent().toString();
    }

    private static String firstLink(String text) {
        Matcher m = VERIFY_LINK.matcher(text);
        assertThat(m.find()).as("a verification link in " + text).isTrue();
        return m.group();
    }
}
