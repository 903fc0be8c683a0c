package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.base.RateLimiter;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs members in by email and password, refusing a locked-out email before looking at the password and with the same
 * answer whether or not the account exists. Each attempt is counted before the password is checked (see
 * {@link LoginAttempts}), and one client address gets at most {@value #PER_CLIENT} attempts in 15 minutes
 * ({@code app.security.sign-ins-per-client}), whatever emails it tries.
 */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Incorrect email or password.";
    static final String LOCKED = "Too many failed attempts for this email. Please wait 15 minutes and try again.";
    static final String CLIENT_LIMITED =
            "Too many sign-in attempts from your connection. Please wait 15 minutes and try again.";
    static final int PER_CLIENT = 30;

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final RateLimiter limiter;
    private final MemberPasswordUpgrade upgrade;
    private final TransactionTemplate tx;
    private final int perClient;
    /** Compared against when the email has no account, so both cases take as long. */
    private final String dummyHash;

    MemberAuthenticationProvider(
            MemberRepository members,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts,
            RateLimiter limiter,
            MemberPasswordUpgrade upgrade,
            TransactionTemplate tx,
            PasswordProperties properties) {
        this.perClient = properties.signInsPerClient();
        this.upgrade = upgrade;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.limiter = limiter;
        this.tx = tx;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        if (email.isEmpty()) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        // the sign-in form always names the client (after the trusted proxies, see README "Production")
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null
                && !limiter.tryAcquire(
                        "signin:client:" + details.getRemoteAddress(), perClient, LoginAttempts.WINDOW)) {
            throw new LockedException(CLIENT_LIMITED);
        }
        if (!attempts.tryAttempt(email)) {
            throw new LockedException(LOCKED);
        }
        Member member = tx.execute(
                status -> members.findByEmailKey(Member.emailKey(email)).orElse(null));
        String hash = member == null ? dummyHash : member.getPasswordHash();
        boolean matches = AccountRules.hashable(password) && passwordEncoder.matches(password, hash);
        if (member == null || !matches) {
            if (attempts.isLocked(email)) {
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
        if (passwordEncoder.upgradeEncoding(hash)) {
            upgrade.updatePassword(principal, passwordEncoder.encode(password));
        }
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
