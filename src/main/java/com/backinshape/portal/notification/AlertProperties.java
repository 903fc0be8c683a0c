package com.backinshape.portal.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where staff alerts go ({@code app.admin.email}; environment {@code ADMIN_EMAIL}), e.g. "New Premium member"; blank
 * sends none.
 */
@ConfigurationProperties("app.admin")
record AlertProperties(@Nullable String email) {

    String emailOrBlank() {
        return email == null ? "" : email.strip();
    }
}
