package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' authenticators as other admins see them: whether one is set up, and a reset for an admin who lost theirs. For
 * admins only; the admin feature records the reason in its audit log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuthenticatorAdministration {

    /** An admin's authenticator: when it was set up and how many recovery codes are unused. */
    public record Status(Instant setUpAt, int recoveryCodesLeft) {}

    private final AuthenticatorStore store;
    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final Sessions sessions;

    AuthenticatorAdministration(
            AuthenticatorStore store, MemberRepository members, CurrentMember currentMember, Sessions sessions) {
        this.store = store;
        this.members = members;
        this.currentMember = currentMember;
        this.sessions = sessions;
    }

    /** Empty when the member has no authenticator set up (members never have one). */
    @Transactional(readOnly = true)
    public Optional<Status> status(long memberId) {
        return store.find(memberId)
                .filter(AuthenticatorStore.Stored::confirmed)
                .map(a -> new Status(a.confirmedAt(), store.recoveryCodesLeft(memberId)));
    }

    /**
     * Removes another admin's authenticator and recovery codes and signs them out everywhere: at their next sign-in
     * they set up a new one. @throws InvalidInputException "form"
     */
    @Transactional
    public void reset(long memberId) {
        var member = members.findById(memberId)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "There is no member " + memberId + "."));
        if (member.getRole() != Role.ADMIN) {
            throw InvalidInputException.of(InvalidInputException.FORM, "Only admins have an authenticator.");
        }
        if (memberId == currentMember.requireId()) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "Another admin has to reset your authenticator, so nobody can lock themselves out.");
        }
        if (!store.delete(memberId)) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM, "This admin has not set up an authenticator yet.");
        }
        sessions.endAllAfterCommit(memberId, null);
    }
}
