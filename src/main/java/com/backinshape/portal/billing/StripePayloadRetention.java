package com.backinshape.portal.billing;

import com.backinshape.portal.base.RetentionProperties;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's daily retention: Stripe events keep their payload (names, addresses, card details) for
 * {@code stripe-payloads}, then only id, type and status. Events not yet processed keep theirs.
 */
@Component
public class StripePayloadRetention {

    private static final Logger log = LoggerFactory.getLogger(StripePayloadRetention.class);

    private final JdbcClient jdbc;
    private final RetentionProperties settings;
    private final Clock clock;

    StripePayloadRetention(JdbcClient jdbc, RetentionProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = RetentionProperties.DAILY, zone = RetentionProperties.ZONE)
    @SchedulerLock(name = "retention-trim-stripe-payloads", lockAtMostFor = "PT30M")
    @Transactional
    public void trimStripePayloads() {
        int trimmed = jdbc.sql("update billing_stripe_event set payload = " + PaymentDataErasure.TRIMMED
                        + " where status <> 'RECEIVED' and received_at < ? and payload like '%\"data\"%'")
                .param(java.time.OffsetDateTime.ofInstant(
                        clock.instant().minus(settings.stripePayloads()), java.time.ZoneOffset.UTC))
                .update();
        log.info("Retention: {} Stripe event payload(s) trimmed", trimmed);
    }
}
