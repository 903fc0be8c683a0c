package com.backinshape.portal.notification;

import com.backinshape.portal.base.RetentionProperties;
import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outbox keeps of an email's text. An email carrying a single-use link (confirm email, reset password, new
 * email address) has its bodies emptied as soon as the mail server accepts it, so the link's secret is nowhere in the
 * database; any other email's bodies are emptied by the daily retention job {@code app.retention.email-bodies} after it
 * was made, once it is sent or given up on. Subject, recipient and delivery state stay for the admin's email list.
 * Emails still waiting keep theirs.
 */
@Component
public class EmailBodyRetention {

    private static final Logger log = LoggerFactory.getLogger(EmailBodyRetention.class);

    private final OutboxEmailRepository emails;
    private final RetentionProperties settings;
    private final Clock clock;

    EmailBodyRetention(OutboxEmailRepository emails, RetentionProperties settings, Clock clock) {
        this.emails = emails;
        this.settings = settings;
        this.clock = clock;
    }

    /** Links with a secret are built as {@code ...?token=<secret>} (AppProperties.link). */
    static boolean carriesSingleUseLink(OutboxEmail email) {
        return email.getHtmlBody().contains("token=") || email.getTextBody().contains("token=");
    }

    /** Empties the bodies of sent or failed emails older than the retention period (once across instances). */
    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "email-body-retention", lockAtMostFor = "PT30M")
    @Transactional
    public void trimEmailBodies() {
        int trimmed = emails.blankBodiesOlderThan(clock.instant().minus(settings.emailBodies()));
        log.info("Retention: {} email bod(ies) trimmed", trimmed);
    }
}
