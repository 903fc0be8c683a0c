package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.AuthenticatorSetUp;
import com.backinshape.portal.account.AccountEvents.RecoveryCodeUsed;
import com.backinshape.portal.base.InvalidInputException;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of an admin's sign-in: after the password, the code from their authenticator app (or one of their
 * recovery codes). On the first sign-in, and after another admin reset it, the admin sets the authenticator up first.
 * Only a right code turns the session into an admin's ({@code ROLE_ADMIN}); wrong codes count towards the same lockout
 * as wrong passwords.
 */
@Service
public class SecondFactor {

    /** What the signed-in person still has to do before the admin pages open. */
    public enum Pending {
        NOTHING,
        SET_UP,
        CODE
    }

    /** A new authenticator to add to an app: the key to type in and the link the QR code carries. */
    public record SetUp(String secret, String otpauthUri) {}

    static final String WRONG_CODE = "That code is not right. Please check the app and try again.";
    static final String EMPTY_CODE = "Please enter the 6-digit code from your authenticator app.";

    private final AuthenticatorStore store;
    private final LoginAttempts attempts;
    private final CurrentMember currentMember;
    private final SignIn signIn;
    private final SecurityContextRepository contextRepository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SecondFactor(
            AuthenticatorStore store,
            LoginAttempts attempts,
            CurrentMember currentMember,
            SignIn signIn,
            SecurityContextRepository contextRepository,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.store = store;
        this.attempts = attempts;
        this.currentMember = currentMember;
        this.signIn = signIn;
        this.contextRepository = contextRepository;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Members and admins who gave both factors have nothing pending. */
    @PreAuthorize("isAuthenticated()")
    public Pending pending() {
        return currentMember
                .principal()
                .filter(MemberPrincipal::needsSecondFactor)
                .map(p -> tx.execute(s -> store.find(p.memberId()))
                                .filter(AuthenticatorStore.Stored::confirmed)
                                .isPresent()
                        ? Pending.CODE
                        : Pending.SET_UP)
                .orElse(Pending.NOTHING);
    }

    /** The authenticator to add to the app; the same one until it is confirmed. */
    @PreAuthorize("hasRole('" + MemberPrincipal.NEEDS_SECOND_FACTOR + "')")
    public SetUp startSetUp() {
        MemberPrincipal admin = pendingAdmin();
        String secret = tx.execute(s -> {
            var stored = store.find(admin.memberId());
            if (stored.isPresent() && stored.get().confirmed()) {
                throw InvalidInputException.of(
                        InvalidInputException.FORM, "Your authenticator is already set up: enter its code to sign in.");
            }
            if (stored.isPresent()) {
                return stored.get().secret();
            }
            String fresh = Totp.newSecret();
            store.startSetUp(admin.memberId(), fresh, clock.instant());
            return fresh;
        });
        return new SetUp(secret, Totp.uri(secret, admin.email()));
    }

    /**
     * Confirms the new authenticator with its first code and signs the admin in as an admin; answers the ten recovery
     * codes, shown this once (only their hashes are kept).
     *
     * @throws InvalidInputException "code" when the code is wrong
     * @throws SecondFactorLockedException after too many wrong codes (the session is signed out)
     */
    @PreAuthorize("hasRole('" + MemberPrincipal.NEEDS_SECOND_FACTOR + "')")
    public List<String> confirmSetUp(@Nullable String code) {
        MemberPrincipal admin = pendingAdmin();
        String typed = refuseLockedOrEmpty(admin, code);
        List<String> recoveryCodes = Totp.newRecoveryCodes();
        boolean confirmed = Boolean.TRUE.equals(tx.execute(s -> {
            var stored = store.find(admin.memberId())
                    .filter(a -> !a.confirmed())
                    .orElseThrow(() ->
                            InvalidInputException.of(InvalidInputException.FORM, "Please start the set-up again."));
            Instant now = clock.instant();
            boolean right = Totp.isAuthenticatorCode(typed)
                    && Totp.matchingStep(stored.secret(), typed, now).stream()
                            .anyMatch(step -> store.useStep(admin.memberId(), step));
            if (right) {
                store.confirm(admin.memberId(), now);
                store.replaceRecoveryCodes(
                        admin.memberId(),
                        recoveryCodes.stream()
                                .map(c -> Tokens.hash(Totp.normalise(c)))
                                .toList(),
                        now);
                events.publishEvent(new AuthenticatorSetUp(admin.memberId(), admin.email(), admin.firstName()));
            }
            return right;
        }));
        passOrRefuse(admin, confirmed);
        return recoveryCodes;
    }

    /**
     * Checks the authenticator's code, or a recovery code (used up by this), and signs the admin in as an admin.
     *
     * @throws InvalidInputException "code" when the code is wrong
     * @throws SecondFactorLockedException after too many wrong codes (the session is signed out)
     */
    @PreAuthorize("hasRole('" + MemberPrincipal.NEEDS_SECOND_FACTOR + "')")
    public void verify(@Nullable String code) {
        MemberPrincipal admin = pendingAdmin();
        String typed = refuseLockedOrEmpty(admin, code);
        boolean right = Boolean.TRUE.equals(tx.execute(s -> {
            var stored = store.find(admin.memberId())
                    .filter(AuthenticatorStore.Stored::confirmed)
                    .orElseThrow(() -> InvalidInputException.of(
                            InvalidInputException.FORM, "Please set up your authenticator first."));
            Instant now = clock.instant();
            if (Totp.isAuthenticatorCode(typed)) {
                return Totp.matchingStep(stored.secret(), typed, now).stream()
                        .anyMatch(step -> store.useStep(admin.memberId(), step));
            }
            if (Totp.isRecoveryCode(typed) && store.useRecoveryCode(admin.memberId(), Tokens.hash(typed), now)) {
                events.publishEvent(new RecoveryCodeUsed(
                        admin.memberId(), admin.email(), admin.firstName(), store.recoveryCodesLeft(admin.memberId())));
                return true;
            }
            return false;
        }));
        passOrRefuse(admin, right);
    }

    private MemberPrincipal pendingAdmin() {
        return currentMember
                .principal()
                .filter(MemberPrincipal::needsSecondFactor)
                .orElseThrow(() -> new AccessDeniedException("No second factor is pending"));
    }

    private String refuseLockedOrEmpty(MemberPrincipal admin, @Nullable String code) {
        if (attempts.isLocked(admin.email())) {
            throw signOutLocked();
        }
        String typed = code == null ? "" : Totp.normalise(code);
        if (typed.isEmpty()) {
            throw InvalidInputException.of("code", EMPTY_CODE);
        }
        return typed;
    }

    private void passOrRefuse(MemberPrincipal admin, boolean right) {
        if (!right) {
            if (attempts.recordFailure(admin.email())) {
                throw signOutLocked();
            }
            throw InvalidInputException.of("code", WRONG_CODE);
        }
        attempts.recordSuccess(admin.email());
        MemberPrincipal full = admin.withSecondFactor();
        if (VaadinServletRequest.getCurrent() != null && VaadinServletResponse.getCurrent() != null) {
            signIn.signIn(full); // a new session id for the raised privileges, saved in the session
        } else {
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(full, null, full.getAuthorities()));
        }
    }

    /** Ends this sign-in; the sign-in page then says why (as after a locked-out password). */
    private SecondFactorLockedException signOutLocked() {
        SecurityContextHolder.clearContext();
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            contextRepository.saveContext(
                    SecurityContextHolder.createEmptyContext(),
                    request.getHttpServletRequest(),
                    response.getHttpServletResponse());
            request.getHttpServletRequest()
                    .getSession()
                    .setAttribute(
                            WebAttributes.AUTHENTICATION_EXCEPTION,
                            new LockedException(MemberAuthenticationProvider.LOCKED));
        }
        return new SecondFactorLockedException(MemberAuthenticationProvider.LOCKED);
    }
}
