package com.backinshape.portal.notification;

import com.backinshape.portal.base.RetentionSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's daily retention: delivered (or given-up) emails keep their text for {@code email-bodies},
 * then only recipient, subject, date and status. Emails still waiting keep theirs.
 */
@Component
public class EmailBodyRetention {

    private static final Logger log = LoggerFactory.getLogger(EmailBodyRetention.class);

    private final JdbcClient jdbc;
    private final RetentionSettings settings;
    private final Clock clock;

    EmailBodyRetention(JdbcClient jdbc, RetentionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = RetentionSettings.DAILY, zone = RetentionSettings.ZONE)
    @Transactional
    public void trimEmailBodies() {
        int trimmed = jdbc.sql("""
                update outbox_email set html_body = '', text_body = ''
                where status <> 'PENDING' and created_at < ? and (html_body <> '' or text_body <> '')""")
                .param(java.time.OffsetDateTime.ofInstant(clock.instant().minus(settings.emailBodies()), java.time.ZoneOffset.UTC)).update();
        log.info("Retention: {} email bod(ies) trimmed", trimmed);
    }
}
