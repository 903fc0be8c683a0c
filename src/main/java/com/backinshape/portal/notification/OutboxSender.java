package com.backinshape.portal.notification;

import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due emails from the outbox through the mail server, one claimed row at a time and never inside a database
 * transaction. A failure is retried with exponential backoff (30 s, 1 min, 2 min ... at most 1 h between attempts)
 * until {@code app.mail.max-attempts}, then the email is FAILED. Without {@code spring.mail.host} nothing is sent:
 * emails wait in the outbox (and the dev mailbox).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** How long a claimed row is left alone: far longer than an SMTP timeout. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxEmailRepository emails;
    private final @Nullable JavaMailSender mailSender;
    private final EmailProperties settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    @Autowired
    OutboxSender(
            OutboxEmailRepository emails,
            ObjectProvider<JavaMailSender> mailSender,
            SmtpProperties smtp,
            EmailProperties settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this(emails, smtp.isSet() ? mailSender.getIfAvailable() : null, settings, clock, transactions);
        if (this.mailSender == null) {
            log.info(
                    "No mail server (SPRING_MAIL_HOST is empty): emails stay in the outbox; read them at /dev/mailbox");
        }
    }

    /** A sender through {@code mailSender}, or (null) one that leaves every email in the outbox. */
    OutboxSender(
            OutboxEmailRepository emails,
            @Nullable JavaMailSender mailSender,
            EmailProperties settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.emails = emails;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${app.mail.send-every:PT10S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT5M")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Outbox run failed: {}", safe(e));
        }
    }

    /**
     * Delivers up to one batch of due emails. Stops at the first failure (the mail server is most likely down; the rest
     * wait for the next run).
     *
     * @return how many were handed to the mail server
     */
    public int sendDue() {
        if (mailSender == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due = tx.execute(s -> emails.findDueIds(now, PageRequest.of(0, settings.batch())));
        int sent = 0;
        for (long id : due == null ? List.<Long>of() : due) {
            OutboxEmail email = claim(id);
            if (email == null) {
                continue; // another instance has it, or it was sent meanwhile
            }
            try {
                mailSender.send(toMessage(email));
            } catch (RuntimeException | MessagingException e) {
                recordFailure(id, e);
                break;
            }
            tx.executeWithoutResult(s -> {
                emails.markSent(id, clock.instant());
                if (EmailBodyRetention.carriesSingleUseLink(email)) {
                    emails.blankBodies(id); // its link is in the member's inbox now, and nowhere else
                }
                emails.forgetIfFarewell(id);
            });
            sent++;
        }
        return sent;
    }

    private @Nullable OutboxEmail claim(long id) {
        return tx.execute(s -> {
            Instant now = clock.instant();
            if (emails.claim(id, now, now.plus(LEASE)) != 1) {
                return null;
            }
            return emails.findById(id).orElse(null);
        });
    }

    private void recordFailure(long id, Exception e) {
        boolean permanent = e instanceof AddressException || e instanceof MailParseException;
        tx.executeWithoutResult(s -> emails.findById(id).ifPresent(row -> {
            int attempt = row.getAttempts() + 1;
            boolean giveUp = permanent || attempt >= settings.attemptsAllowed();
            row.markAttemptFailed(clock.instant(), safe(e), backoff(attempt), giveUp);
            if (giveUp) {
                emails.forgetIfFarewell(id);
            }
            if (giveUp) {
                log.error("Email {} failed for good after {} attempt(s): {}", id, attempt, safe(e));
            } else {
                log.warn("Email {} not sent (attempt {}), retrying in {}: {}", id, attempt, backoff(attempt), safe(e));
            }
        }));
    }

    /** 30 s after the first failed attempt, then doubling, at most 1 h. */
    static Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    private MimeMessage toMessage(OutboxEmail email) throws MessagingException {
        Session session = mailSender instanceof JavaMailSenderImpl impl
                ? impl.getSession()
                : Session.getInstance(new Properties());
        var message = new StableIdMessage(session, email.getMessageId());
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.getToAddress(), true));
        message.setSubject(email.getSubject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        var text = new MimeBodyPart();
        text.setText(email.getTextBody(), "UTF-8", "plain");
        var html = new MimeBodyPart();
        html.setText(email.getHtmlBody(), "UTF-8", "html");
        var alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.setHeader("Message-ID", email.getMessageId());
        if (email.getListUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.getListUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** The error's class and message, with any email address blanked: never a body, never a recipient. */
    static String safe(Throwable e) {
        String message = e.getMessage() == null
                ? ""
                : e.getMessage().replaceAll("[^\\s<>\"',;:()]+@[^\\s<>\"',;:()]+", "<address>");
        String text = e.getClass().getSimpleName() + ": "
                + message.replaceAll("\\s+", " ").strip();
        return text.length() > OutboxEmail.ERROR_MAX ? text.substring(0, OutboxEmail.ERROR_MAX) : text;
    }

    /** A message whose Message-ID is the one stored with it, not a new one per attempt. */
    static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
