package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs members in by email and password, refusing a locked-out email before looking at the password
 * and with the same answer whether or not the account exists.
 */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect email or password.";
    static final String LOCKED = "Too many failed attempts for this email. Please wait 15 minutes and try again.";

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final TransactionTemplate tx;
    /** Compared against when the email has no account, so both cases take as long. */
    private final String dummyHash;

    MemberAuthenticationProvider(MemberRepository members, PasswordEncoder passwordEncoder, LoginAttempts attempts,
                                 TransactionTemplate tx) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.tx = tx;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (email.isEmpty() || attempts.isLocked(email)) {
            throw email.isEmpty() ? new BadCredentialsException(BAD_CREDENTIALS) : new LockedException(LOCKED);
        }
        Member member = tx.execute(status -> members.findByEmailKey(Member.emailKey(email)).orElse(null));
        String hash = member == null ? dummyHash : member.getPasswordHash();
        boolean matches = AccountRules.hashable(password) && passwordEncoder.matches(password, hash);
        if (member == null || !matches) {
            if (attempts.recordFailure(email)) {
                throw new LockedException(LOCKED);
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!member.isEnabled()) {
            throw new DisabledException("This account is disabled. Please call the clinic.");
        }
        MemberPrincipal principal = new MemberPrincipal(member);
        if (!principal.needsSecondFactor()) {
            // an admin's sign-in succeeds only with the authenticator's code (SecondFactor clears the count
            // then), so signing in again with the password does not wipe out the wrong codes counted so far
            attempts.recordSuccess(email);
        }
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
