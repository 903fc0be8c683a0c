package com.backinshape.portal.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Spring's {@code spring.mail.host} ({@code SPRING_MAIL_HOST}): blank keeps every email in the outbox. */
@ConfigurationProperties("spring.mail")
record SmtpProperties(@Nullable String host) {

    boolean isSet() {
        return host != null && !host.isBlank();
    }
}
