package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.base.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What clinic staff may do with accounts: list and export members, look at one, resend the verification email, disable
 * or enable sign-in, and erase a member. For admins only; the admin feature records the reasons in its audit log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdministration {

    private final MemberRepository members;
    private final MemberSearch search;
    private final SignupService signup;
    private final Sessions sessions;
    private final CurrentMember currentMember;
    private final MemberEraser eraser;

    AccountAdministration(
            MemberRepository members,
            MemberSearch search,
            SignupService signup,
            Sessions sessions,
            CurrentMember currentMember,
            MemberEraser eraser) {
        this.members = members;
        this.search = search;
        this.signup = signup;
        this.sessions = sessions;
        this.currentMember = currentMember;
        this.eraser = eraser;
    }

    /** One page of members; sort by the {@code MemberSummary.SORT_*} keys (default: newest first). */
    @Transactional(readOnly = true)
    public Slice<MemberSummary> page(MemberFilter filter, Pageable pageable) {
        return search.page(filter, pageable);
    }

    /** Every member matching {@code filter}, newest first, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void forEachMember(MemberFilter filter, Consumer<MemberSummary> each) {
        search.forEach(filter, each);
    }

    /** The articles members came from, for the source filter. */
    @Transactional(readOnly = true)
    public List<String> sources() {
        return search.sources();
    }

    @Transactional(readOnly = true)
    public Optional<MemberDetail> detail(long memberId) {
        return members.findById(memberId)
                .map(m -> new MemberDetail(
                        summary(m),
                        m.getPendingEmail(),
                        m.getTermsVersion(),
                        m.getTermsAcceptedAt(),
                        m.getHealthConsentVersion(),
                        m.getHealthConsentAt()));
    }

    /** Sends a new verification link (the member's earlier links stay valid until they expire). */
    @Transactional
    public void resendVerification(long memberId) {
        Member member = existing(memberId);
        if (member.isVerified()) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM, "This member has already confirmed their email.");
        }
        signup.resendVerificationLink(member);
    }

    /** Disables or enables sign-in; disabling ends every signed-in session of the member. */
    @Transactional
    public void setSignInEnabled(long memberId, boolean enabled) {
        Member member = changeable(memberId);
        member.setEnabled(enabled);
        if (!enabled) {
            sessions.endAllAfterCommit(memberId, null);
        }
    }

    /**
     * Erases the member's personal data here and, through {@link MemberErased}, in every feature (health data, emails),
     * all in this transaction ({@link MemberEraser}); keeps an anonymised stub. Answers the stub's summary.
     */
    @Transactional
    public MemberSummary erase(long memberId) {
        Member member = changeable(memberId);
        if (member.isErased()) {
            throw InvalidInputException.of(InvalidInputException.FORM, "This member has already been erased.");
        }
        eraser.erase(member);
        return summary(member);
    }

    private Member existing(long memberId) {
        return members.findById(memberId)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "There is no member " + memberId + "."));
    }

    /** A member an admin may change: not themselves, not another admin. */
    private Member changeable(long memberId) {
        Member member = existing(memberId);
        if (memberId == currentMember.requireId() || member.getRole() == Role.ADMIN) {
            throw InvalidInputException.of(
                    InvalidInputException.FORM,
                    "Admins cannot be disabled or erased here, and nobody can lock themselves out.");
        }
        return member;
    }

    static MemberSummary summary(Member m) {
        return new MemberSummary(
                m.requireId(),
                m.getFirstName(),
                m.getEmail(),
                m.getRole() == Role.ADMIN,
                m.isEnabled(),
                m.getCreatedAt(),
                m.getEmailVerifiedAt(),
                m.getSourceRef(),
                m.getUtmSource(),
                m.getUtmMedium(),
                m.getUtmCampaign(),
                m.getErasedAt());
    }
}
