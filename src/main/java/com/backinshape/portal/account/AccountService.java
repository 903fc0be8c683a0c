package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.EmailChangeLinkIssued;
import com.backinshape.portal.account.AccountEvents.EmailChanged;
import com.backinshape.portal.account.domain.AccountToken;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.TokenPurpose;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in member's own account: name and email. */
@Service
public class AccountService {

    /** What the account page shows. */
    public record Profile(
            long memberId,
            String firstName,
            String email,
            @Nullable String pendingEmail,
            boolean verified,
            Instant joinedAt,
            String termsVersion,
            Instant termsAcceptedAt,
            String healthConsentVersion,
            Instant healthConsentAt) {}

    private final MemberRepository members;
    private final Tokens tokens;
    private final EmailSendLimits limits;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final AppProperties app;

    AccountService(
            MemberRepository members,
            Tokens tokens,
            EmailSendLimits limits,
            CurrentMember currentMember,
            ApplicationEventPublisher events,
            AppProperties app,
            CurrentPasswordCheck currentPasswordCheck) {
        this.currentPasswordCheck = currentPasswordCheck;
        this.members = members;
        this.tokens = tokens;
        this.limits = limits;
        this.currentMember = currentMember;
        this.events = events;
        this.app = app;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Profile profile() {
        Member m = current();
        return new Profile(
                m.requireId(),
                m.getFirstName(),
                m.getEmail(),
                m.getPendingEmail(),
                m.isVerified(),
                m.getCreatedAt(),
                m.getTermsVersion(),
                m.getTermsAcceptedAt(),
                m.getHealthConsentVersion(),
                m.getHealthConsentAt());
    }

    /** @throws InvalidInputException "firstName" */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void changeFirstName(@Nullable String firstName) {
        var errors = new InvalidInputException.Collector();
        AccountRules.checkFirstName(firstName, "firstName", errors);
        errors.throwIfAny();
        current().setFirstName(firstName.strip());
    }

    /**
     * Sends a link to the new address; the email changes only when that link is confirmed.
     *
     * @throws InvalidInputException "newEmail" or "currentPassword"
     */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void requestEmailChange(@Nullable String newEmail, @Nullable String currentPassword, String clientIp) {
        Member member = current();
        var errors = new InvalidInputException.Collector();
        AccountRules.checkEmail(newEmail, "newEmail", errors);
        if (!errors.has("newEmail") && Member.emailKey(newEmail).equals(member.getEmailKey())) {
            errors.reject("newEmail", "This is already your email address.");
        }
        String passwordProblem = currentPasswordCheck.problem(member, currentPassword);
        if (passwordProblem != null) {
            errors.reject("currentPassword", passwordProblem);
        }
        errors.throwIfAny();
        limits.check(newEmail, clientIp);
        String address = newEmail.strip();
        member.setPendingEmail(address);
        if (members.existsByEmailKey(Member.emailKey(address))) {
            return; // the address belongs to another account: say nothing, send nothing
        }
        Tokens.Issued issued = tokens.issue(member.requireId(), TokenPurpose.CHANGE_EMAIL, address);
        events.publishEvent(new EmailChangeLinkIssued(
                member.requireId(),
                address,
                member.getFirstName(),
                issued.token().requireId(),
                app.link("/account/confirm-email", "token", issued.secret())));
    }

    /**
     * Confirms a new email address through the link sent to it; the old address is told.
     *
     * @throws InvalidLinkException for an unknown, used or expired link, or an address taken meanwhile
     */
    @PermitAll
    @Transactional
    public String confirmEmailChange(@Nullable String token) {
        AccountToken link = tokens.redeem(token, TokenPurpose.CHANGE_EMAIL);
        Member member = members.findById(link.getMemberId())
                .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.UNKNOWN));
        String newEmail = link.getNewEmail();
        if (newEmail == null || members.existsByEmailKey(Member.emailKey(newEmail))) {
            throw new InvalidLinkException(InvalidLinkException.Reason.USED);
        }
        String oldEmail = member.getEmail();
        member.changeEmail(newEmail);
        events.publishEvent(
                new EmailChanged(member.requireId(), oldEmail, newEmail, member.getFirstName(), link.requireId()));
        return newEmail;
    }

    private Member current() {
        return members.findById(currentMember.requireId()).orElseThrow();
    }
}
