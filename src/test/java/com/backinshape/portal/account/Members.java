package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.account.SignupService.SignupRequest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Test helper: creates members through the real signup path and signs them in. */
public final class Members {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Members() {}

    /** A unique, valid email address for one test. */
    public static String uniqueEmail(String name) {
        return name + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@example.com";
    }

    public static SignupRequest request(String firstName, String email) {
        return new SignupRequest(firstName, email, PASSWORD, true, true, null, null, null, null, true);
    }

    /** The link of the last verification email issued to {@code email}. */
    public static String lastVerificationToken(ApplicationEvents events, String email) {
        return events.stream(VerificationLinkIssued.class)
                .filter(e -> e.email().equalsIgnoreCase(email))
                .reduce((a, b) -> b)
                .map(e -> e.link().substring(e.link().indexOf("token=") + "token=".length()))
                .orElseThrow(() -> new AssertionError("No verification link issued to " + email));
    }

    /** Signs up and verifies a member, answering its id. */
    public static long verifiedMember(SignupService signup, ApplicationEvents events, String firstName, String email) {
        signup.signUp(request(firstName, email), "203.0.113." + (SEQUENCE.get() % 200));
        return signup.confirmEmail(lastVerificationToken(events, email)).memberId();
    }

    /**
     * Puts {@code member} in the security context, as a session that completed sign-in would: an admin has given both
     * the password and the authenticator's code ({@code SecondFactorTest} and the journeys go through the code itself).
     */
    public static void signIn(MemberRepository members, TransactionTemplate tx, long memberId) {
        MemberPrincipal principal =
                tx.execute(s -> new MemberPrincipal(members.findById(memberId).orElseThrow()));
        put(principal.needsSecondFactor() ? principal.withSecondFactor() : principal);
    }

    /** As a session right after the password: an admin has not given the authenticator's code yet. */
    public static void signInWithPasswordOnly(MemberRepository members, TransactionTemplate tx, long memberId) {
        put(tx.execute(s -> new MemberPrincipal(members.findById(memberId).orElseThrow())));
    }

    private static void put(MemberPrincipal principal) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static Member reload(MemberRepository members, long id) {
        return members.findById(id).orElseThrow();
    }
}
