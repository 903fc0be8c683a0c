package com.backinshape.portal.account;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: bcrypt at cost {@value #COST} ({@code {bcrypt}$2a$12$...}). A stored hash of any other kind
 * ({@code {noop}}, {@code {MD5}}, no prefix) matches no password, and a bcrypt hash of a lower cost is re-hashed at the
 * member's next sign-in ({@link MemberPasswordUpgrade}).
 */
final class PasswordHashing {

    /** About a quarter of a second per check on the 2-core build machine (docs/benchmarks.md). */
    static final int COST = 12;

    private PasswordHashing() {}

    static PasswordEncoder encoder(int cost) {
        var encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
        encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
        return encoder;
    }

    /** Answers "no" for a stored hash of a kind the portal does not accept, instead of an error. */
    private static final class MatchesNothing implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only bcrypt hashes are made");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
