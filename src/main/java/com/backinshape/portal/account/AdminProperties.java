package com.backinshape.portal.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin ({@code app.admin.*}; environment {@code ADMIN_EMAIL}, {@code ADMIN_PASSWORD}).
 *
 * @param email the first admin's address, also where admin alerts go; blank: none
 * @param password outside production only; blank: a random one printed once
 */
@ConfigurationProperties("app.admin")
record AdminProperties(@Nullable String email, @Nullable String password) {

    String emailOrBlank() {
        return email == null ? "" : email.strip();
    }

    String passwordOrBlank() {
        return password == null ? "" : password;
    }
}
