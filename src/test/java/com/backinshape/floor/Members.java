package com.backinshape.floor;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Verified members who can sign in with {@link #PASSWORD}, written straight into the portal's database (with a bcrypt
 * hash at the portal's cost: it accepts no other kind).
 */
final class Members {

    static final String PASSWORD = "floor-password-2026";

    private Members() {}

    static String email(int n) {
        return "floor." + n + "@example.com";
    }

    static void seed(Connection connection, int count) throws Exception {
        try (connection;
                var insert = connection.prepareStatement("""
                insert into member (first_name, email, email_key, password_hash, role, enabled, email_verified_at,
                    created_at, terms_version, terms_accepted_at, health_consent_version, health_consent_at, version)
                values (?, ?, ?, ?, 'MEMBER', true, ?, ?, 'v1', ?, 'v1', ?, 0)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            String hash = "{bcrypt}" + new BCryptPasswordEncoder(12).encode(PASSWORD);
            for (int n = 0; n < count; n++) {
                insert.setString(1, "Floor" + n);
                insert.setString(2, email(n));
                insert.setString(3, email(n));
                insert.setString(4, hash);
                for (int i = 5; i <= 8; i++) {
                    insert.setTimestamp(i, now);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
