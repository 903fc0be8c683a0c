package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.MessageDigestPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The production password hashing (cost 12), without Spring. */
class PasswordHashingTest {

    private final PasswordEncoder encoder = PasswordHashing.encoder(PasswordHashing.COST);

    @Test
    void new_passwords_are_stored_as_bcrypt_at_cost_12() {
        String hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse batterY", hash)).isFalse();
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void a_lower_cost_bcrypt_hash_still_matches_and_asks_to_be_upgraded() {
        String older = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("correct horse battery");

        assertThat(encoder.matches("correct horse battery", older)).isTrue();
        assertThat(encoder.upgradeEncoding(older)).isTrue();
    }

    @Test
    void plain_text_md5_and_unprefixed_hashes_match_nothing_and_raise_nothing() {
        @SuppressWarnings("deprecation")
        String md5 = "{MD5}" + new MessageDigestPasswordEncoder("MD5").encode("secret");
        for (String stored : new String[] {"{noop}secret", md5, "secret", "{sha256}secret", "{unknown}x", ""}) {
            assertThat(encoder.matches("secret", stored)).as(stored).isFalse();
        }
    }
}
