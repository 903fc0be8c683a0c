package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountAdministration;
import com.backinshape.portal.account.AuthenticatorAdministration;
import com.backinshape.portal.account.MemberDetail;
import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.assessment.HealthRecords;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.notification.SentEmailAdministration;
import com.backinshape.portal.programme.ProgrammeRecords;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One member, for clinic staff: the file, the health data behind a recorded reason, and the actions. Every action and
 * every look at health data writes its audit entry in the same transaction.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberAdmin {

    // Billing's actions (grants, cancellation, refunds) and the subscription timeline are MemberBilling's;
    // erase() ends the subscription too: billing cancels it now on AccountEvents.MemberErased.

    private final AccountAdministration accounts;
    private final SentEmailAdministration emails;
    private final HealthRecords health;
    private final ProgrammeRecords programme;
    private final AuditLog audit;
    private final AuthenticatorAdministration authenticators;

    MemberAdmin(
            AccountAdministration accounts,
            SentEmailAdministration emails,
            HealthRecords health,
            ProgrammeRecords programme,
            AuditLog audit,
            AuthenticatorAdministration authenticators) {
        this.accounts = accounts;
        this.authenticators = authenticators;
        this.emails = emails;
        this.health = health;
        this.programme = programme;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<MemberFile> file(long memberId) {
        return accounts.detail(memberId)
                .map(d -> new MemberFile(d, emails.forMember(memberId), programme.sessionCount(memberId)));
    }

    /** Records the reason, then answers the health data. @throws InvalidInputException "reason" */
    @Transactional
    public HealthData healthData(long memberId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        MemberDetail member = existing(memberId);
        audit.record(AuditAction.VIEWED_HEALTH_DATA, memberId, displayName(member.summary()), why, null);
        return new HealthData(health.forAdmin(memberId, why), programme.painScores(memberId, why));
    }

    /** Sends a new verification link. @throws InvalidInputException "reason", or "form" when already verified */
    @Transactional
    public void resendVerification(long memberId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        MemberDetail member = existing(memberId);
        accounts.resendVerification(memberId);
        audit.record(AuditAction.RESENT_VERIFICATION, memberId, displayName(member.summary()), why, null);
    }

    /** Disables (ending the member's sessions) or enables sign-in. @throws InvalidInputException "reason" or "form" */
    @Transactional
    public void setSignInEnabled(long memberId, boolean enabled, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        MemberDetail member = existing(memberId);
        accounts.setSignInEnabled(memberId, enabled);
        audit.record(
                enabled ? AuditAction.ENABLED_SIGN_IN : AuditAction.DISABLED_SIGN_IN,
                memberId,
                displayName(member.summary()),
                why,
                null);
    }

    /**
     * Erases personal and health data and keeps an anonymised stub; the audit log keeps the member's id and loses their
     * name. @throws InvalidInputException "reason" or "form"
     */
    @Transactional
    public void erase(long memberId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        existing(memberId);
        accounts.erase(memberId);
        audit.forgetMemberName(memberId);
        audit.record(AuditAction.ERASED_MEMBER, memberId, null, why, null);
    }

    /** An admin's authenticator: when it was set up and the recovery codes left; empty for members. */
    @Transactional(readOnly = true)
    public Optional<AuthenticatorAdministration.Status> authenticator(long memberId) {
        return authenticators.status(memberId);
    }

    /**
     * Resets another admin's authenticator (they set up a new one at their next sign-in) and signs them out.
     *
     * @throws InvalidInputException "reason" or "form"
     */
    @Transactional
    public void resetAuthenticator(long memberId, @Nullable String reason) {
        String why = AuditLog.requireReason(reason);
        MemberDetail member = existing(memberId);
        authenticators.reset(memberId);
        audit.record(AuditAction.RESET_AUTHENTICATOR, memberId, displayName(member.summary()), why, null);
    }

    private MemberDetail existing(long memberId) {
        return accounts.detail(memberId)
                .orElseThrow(() ->
                        InvalidInputException.of(InvalidInputException.FORM, "There is no member " + memberId + "."));
    }

    /** How the audit log names a member: first name and id, never the email (blanked on erasure). */
    static String displayName(MemberSummary m) {
        return m.firstName() + " (#" + m.id() + ")";
    }
}
