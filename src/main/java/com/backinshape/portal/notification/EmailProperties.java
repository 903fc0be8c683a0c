package com.backinshape.portal.notification;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How emails are sent ({@code app.mail.*}; environment {@code MAIL_FROM}). Whether they are sent at all is Spring's
 * {@code spring.mail.host}: blank keeps them in the outbox, where the dev mailbox shows them.
 *
 * @param from the From header, e.g. {@code Back in Shape <no-reply@backinshapeapp.com>}
 * @param sendEvery pause between two runs of the sender
 * @param batchSize emails one run delivers at most
 * @param maxAttempts attempts before an email is marked FAILED
 */
@Validated
@ConfigurationProperties("app.mail")
record EmailProperties(
        @NotBlank String from,
        @Nullable Duration sendEvery,
        @Nullable Integer batchSize,
        @Nullable Integer maxAttempts) {

    int batch() {
        return batchSize == null ? 20 : batchSize;
    }

    int attemptsAllowed() {
        return maxAttempts == null ? 15 : maxAttempts;
    }
}
