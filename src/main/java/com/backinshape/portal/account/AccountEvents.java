package com.backinshape.portal.account;

import java.util.UUID;

/**
 * What the account feature tells the rest of the application. Each event carries the ids that make the email it causes
 * unique, so handling it twice never sends twice.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** A verification link was issued (at signup, on "send a new link", or for an unverified re-signup). */
    public record VerificationLinkIssued(long memberId, String email, String firstName, long tokenId, String link) {}

    /** The member pressed "Confirm my email": the account is now verified. */
    public record MemberVerified(long memberId, String email, String firstName, String sourceRef) {}

    /** Someone tried to sign up with an email that already has a verified account. */
    public record SignupAttemptedForExistingAccount(
            long memberId, String email, String firstName, UUID attemptId, String signInLink, String resetLink) {}

    /** A password reset link was issued; {@code adminInvite} for the first admin in production. */
    public record PasswordResetLinkIssued(
            long memberId, String email, String firstName, long tokenId, String link, boolean adminInvite) {}

    /** A member asked to change their email: the link goes to the new address. */
    public record EmailChangeLinkIssued(long memberId, String newEmail, String firstName, long tokenId, String link) {}

    /** The email was changed: the old address is told. */
    public record EmailChanged(long memberId, String oldEmail, String newEmail, String firstName, long tokenId) {}

    /**
     * An admin erased a member: each feature deletes its personal and health data about the member, synchronously in
     * the same transaction, so the erasure happens completely or not at all.
     */
    public record MemberErased(long memberId) {}

    /**
     * The member withdrew consent to the use of their health information: each feature deletes its health data about
     * them (answers, results, logs, notes) and stops their programmes, synchronously in the same transaction;
     * notification confirms it by email (never with health data).
     */
    public record HealthConsentWithdrawn(long memberId, String email, String firstName, java.time.Instant at) {}

    /**
     * The member is closing their account: the confirmation goes to their address now, in the closing transaction
     * (handled synchronously), just before {@link MemberErased} erases it.
     */
    public record AccountClosing(long memberId, String email, String firstName) {}

    /**
     * A member's data was handed out as a file: by the member ({@code byMemberId == memberId}, no reason) or an admin's
     * subject-access request (with the reason). Handled synchronously by the audit log.
     */
    public record PersonalDataExported(
            long memberId,
            long byMemberId,
            @org.jspecify.annotations.Nullable String reason) {}

    /** An admin set up their authenticator (at their first sign-in, or after a reset). */
    public record AuthenticatorSetUp(long memberId, String email, String firstName) {}

    /** An admin signed in with one of their recovery codes instead of the authenticator's code. */
    public record RecoveryCodeUsed(long memberId, String email, String firstName, int codesLeft) {}
}
