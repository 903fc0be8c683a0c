package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.AccountClosing;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Close my account": after the password, the confirmation email is recorded for the member's address, then the member
 * is erased exactly as an admin erasure does ({@link MemberEraser}): a paid subscription is cancelled at once (billing,
 * on {@link AccountEvents.MemberErased}), and every session ends.
 */
@Service
public class AccountClosure {

    /** What the account page says before the member confirms. */
    public static final String WHAT_HAPPENS = "We erase your profile, your health answers, logs and notes, and "
            + "everything else we hold about you. If you pay for Premium or Premium Plus, the subscription is "
            + "cancelled now and you will not be charged again. You are signed out everywhere, and we send a last "
            + "email to confirm. This cannot be undone.";

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final MemberEraser eraser;

    AccountClosure(
            MemberRepository members,
            CurrentMember currentMember,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            MemberEraser eraser) {
        this.members = members;
        this.currentMember = currentMember;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.eraser = eraser;
    }

    /** @throws InvalidInputException "password" when it is not the member's password */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void close(@Nullable String password) {
        Member member = members.findById(currentMember.requireId()).orElseThrow();
        if (member.getRole() == Role.ADMIN) {
            throw InvalidInputException.of(InvalidInputException.FORM, "An admin account cannot be closed here.");
        }
        if (password == null
                || !AccountRules.hashable(password)
                || !passwordEncoder.matches(password, member.getPasswordHash())) {
            throw InvalidInputException.of("password", "This is not your password.");
        }
        events.publishEvent(new AccountClosing(member.requireId(), member.getEmail(), member.getFirstName()));
        eraser.erase(member);
    }
}
