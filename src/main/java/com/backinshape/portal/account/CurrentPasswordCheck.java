package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account page's "current password" (email change, password change) is a sign-in attempt too: it counts towards the
 * email's lockout, so a signed-in session left open cannot be used to guess.
 */
@Component
class CurrentPasswordCheck {

    static final String WRONG = "This is not your current password.";
    static final String LOCKED = "Too many failed attempts. Please wait 15 minutes and try again.";

    private final LoginAttempts attempts;
    private final PasswordEncoder passwordEncoder;

    CurrentPasswordCheck(LoginAttempts attempts, PasswordEncoder passwordEncoder) {
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Null when {@code password} is the member's password, else the message for the field. */
    @Nullable
    String problem(Member member, @Nullable String password) {
        if (!attempts.tryAttempt(member.getEmail())) {
            return LOCKED;
        }
        if (password != null
                && AccountRules.hashable(password)
                && passwordEncoder.matches(password, member.getPasswordHash())) {
            attempts.recordSuccess(member.getEmail());
            return null;
        }
        return attempts.isLocked(member.getEmail()) ? LOCKED : WRONG;
    }
}
