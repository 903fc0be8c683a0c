package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.PasswordResetLinkIssued;
import com.backinshape.portal.account.domain.AccountToken;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.TokenPurpose;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords (single-use link valid one hour) and password changes. */
@Service
public class PasswordService {

    private final MemberRepository members;
    private final Tokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final EmailSendLimits limits;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final Sessions sessions;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final AppProperties app;
    private final Clock clock;

    PasswordService(
            MemberRepository members,
            Tokens tokens,
            PasswordEncoder passwordEncoder,
            EmailSendLimits limits,
            Sessions sessions,
            CurrentMember currentMember,
            ApplicationEventPublisher events,
            AppProperties app,
            Clock clock,
            CurrentPasswordCheck currentPasswordCheck) {
        this.currentPasswordCheck = currentPasswordCheck;
        this.members = members;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.limits = limits;
        this.sessions = sessions;
        this.currentMember = currentMember;
        this.events = events;
        this.app = app;
        this.clock = clock;
    }

    /** Emails a reset link if the address has an account; answers the same either way. */
    @PermitAll
    @Transactional
    public void requestReset(@Nullable String email, String clientIp) {
        var errors = new InvalidInputException.Collector();
        AccountRules.checkEmail(email, "email", errors);
        errors.throwIfAny();
        limits.check(email, clientIp);
        members.findByEmailKey(Member.emailKey(email))
                .filter(Member::isEnabled)
                .ifPresent(member -> sendResetLink(member, TokenPurpose.RESET_PASSWORD));
    }

    /** Issues the first admin's set-password link (production start). */
    @Transactional
    void inviteAdmin(Member admin) {
        sendResetLink(admin, TokenPurpose.SET_ADMIN_PASSWORD);
    }

    /** Checks a reset link without using it. */
    @PermitAll
    @Transactional(readOnly = true)
    public void checkResetLink(@Nullable String token) {
        findEither(token, false);
    }

    /**
     * Sets a new password through a reset link, and ends every signed-in session of that member.
     *
     * @throws InvalidLinkException for an unknown, used or expired link
     * @throws InvalidInputException "password" when the new password is not acceptable
     */
    @PermitAll
    @Transactional
    public void resetPassword(@Nullable String token, @Nullable String newPassword) {
        AccountToken link = findEither(token, true);
        Member member = members.findById(link.getMemberId())
                .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.UNKNOWN));
        var errors = new InvalidInputException.Collector();
        AccountRules.checkNewPassword(newPassword, member.getEmail(), "password", errors);
        errors.throwIfAny();
        link.markUsed(clock.instant());
        member.setPasswordHash(passwordEncoder.encode(newPassword));
        member.markVerified(clock.instant()); // the link proved the address
        sessions.endAllAfterCommit(member.requireId(), null);
    }

    /**
     * Changes the signed-in member's password, ending their other sessions.
     *
     * @throws InvalidInputException "currentPassword" or "newPassword"
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(
            @Nullable String currentPassword, @Nullable String newPassword, @Nullable String keepSessionId) {
        Member member = members.findById(currentMember.requireId()).orElseThrow();
        var errors = new InvalidInputException.Collector();
        String passwordProblem = currentPasswordCheck.problem(member, currentPassword);
        if (passwordProblem != null) {
            errors.reject("currentPassword", passwordProblem);
        }
        AccountRules.checkNewPassword(newPassword, member.getEmail(), "newPassword", errors);
        errors.throwIfAny();
        member.setPasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAllAfterCommit(member.requireId(), keepSessionId);
    }

    private AccountToken findEither(@Nullable String token, boolean forUpdate) {
        try {
            return tokens.find(token, TokenPurpose.RESET_PASSWORD, forUpdate);
        } catch (InvalidLinkException e) {
            if (e.reason() != InvalidLinkException.Reason.UNKNOWN) {
                throw e;
            }
            return tokens.find(token, TokenPurpose.SET_ADMIN_PASSWORD, forUpdate);
        }
    }

    private void sendResetLink(Member member, TokenPurpose purpose) {
        Tokens.Issued issued = tokens.issue(member.requireId(), purpose, null);
        events.publishEvent(new PasswordResetLinkIssued(
                member.requireId(),
                member.getEmail(),
                member.getFirstName(),
                issued.token().requireId(),
                app.link("/reset-password", "token", issued.secret()),
                purpose == TokenPurpose.SET_ADMIN_PASSWORD));
    }
}
