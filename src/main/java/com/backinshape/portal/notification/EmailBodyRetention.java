package com.backinshape.portal.notification;

import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox keeps of an email's text. An email carrying a single-use link (confirm email, reset
 * password, new email address) has its bodies emptied as soon as the mail server accepts it, so the
 * link's secret is nowhere in the database; any other email's bodies are emptied
 * {@value #KEEP_DAYS} days after it was made, once it is sent or given up on. Subject, recipient and
 * delivery state stay for the admin's email list.
 */
@Component
class EmailBodyRetention {

    static final int KEEP_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(EmailBodyRetention.class);

    private final OutboxEmailRepository emails;
    private final Clock clock;

    EmailBodyRetention(OutboxEmailRepository emails, Clock clock) {
        this.emails = emails;
        this.clock = clock;
    }

    /** Links with a secret are built as {@code ...?token=<secret>} (AppProperties.link). */
    static boolean carriesSingleUseLink(OutboxEmail email) {
        return email.getHtmlBody().contains("token=") || email.getTextBody().contains("token=");
    }

    /** Empties the bodies of sent or failed emails older than {@value #KEEP_DAYS} days (once across instances). */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
    @SchedulerLock(name = "email-body-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void blankOldBodies() {
        int blanked = emails.blankBodiesOlderThan(clock.instant().minus(Duration.ofDays(KEEP_DAYS)));
        if (blanked > 0) {
            log.info("Emptied the bodies of {} emails older than {} days", blanked, KEEP_DAYS);
        }
    }
}
