package com.backinshape.portal.reminders;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder settings ({@code app.reminders.*}).
 *
 * @param linkSecret signs the email-preferences links in emails ({@code EMAIL_LINK_SECRET}); changing it invalidates
 *     every link already sent
 * @param linkValidFor how long such a link works
 * @param batch how many members the job looks at per transaction
 */
@Validated
@ConfigurationProperties("app.reminders")
public record RemindersProperties(
        @NotBlank(message = "set EMAIL_LINK_SECRET: the unsubscribe links in emails are signed with it")
        String linkSecret,

        @NotNull Duration linkValidFor,
        @Min(1) int batch) {

    /** The value used on laptops and in tests; production refuses it. */
    static final String DEV_SECRET = "dev-only-email-link-secret";
}
