package com.backinshape.portal.base;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long the portal keeps what it no longer needs ({@code app.retention.*}); the daily retention jobs of each feature
 * apply them and the privacy notice shows them.
 *
 * @param stripePayloads Stripe events keep their full payload this long, then only id, type and status
 * @param emailBodies sent emails keep their text this long, then only subject, date and status
 * @param completedEvents handled events between features are kept this long for diagnosis
 * @param unverifiedAccounts an account whose email was never confirmed is deleted after this long
 * @param signInRecords failed sign-ins and rate-limit counts are kept this long
 */
@Validated
@ConfigurationProperties("app.retention")
public record RetentionProperties(
        @NotNull Duration stripePayloads,
        @NotNull Duration emailBodies,
        @NotNull Duration completedEvents,
        @NotNull Duration unverifiedAccounts,
        @NotNull Duration signInRecords) {

    /** When the daily jobs run (Europe/London): 03:15, when the clinic is closed. */
    public static final String DAILY = "${app.retention.cron:0 15 3 * * *}";

    public static final String ZONE = "Europe/London";

    /** A period as the privacy notice says it, e.g. "90 days" or "1 day". */
    public static String words(Duration period) {
        long days = period.toDays();
        if (days >= 1 && period.equals(Duration.ofDays(days))) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = period.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
