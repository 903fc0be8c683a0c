package com.backinshape.portal.notification;

import com.backinshape.portal.account.AccountEvents.EmailChangeLinkIssued;
import com.backinshape.portal.account.AccountEvents.EmailChanged;
import com.backinshape.portal.account.AccountEvents.MemberVerified;
import com.backinshape.portal.account.AccountEvents.PasswordResetLinkIssued;
import com.backinshape.portal.account.AccountEvents.SignupAttemptedForExistingAccount;
import com.backinshape.portal.account.AccountEvents.VerificationLinkIssued;
import com.backinshape.portal.base.AppProperties;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The account feature's emails. Each listener runs after the account's transaction committed, in a transaction of its
 * own, and is recorded in the event publication log until it completes; the key of each email makes a second delivery
 * of the same event a no-op.
 */
@Component
class AccountEmails {

    private final EmailOutbox outbox;
    private final AppProperties app;

    AccountEmails(EmailOutbox outbox, AppProperties app) {
        this.outbox = outbox;
        this.app = app;
    }

    @ApplicationModuleListener
    void on(VerificationLinkIssued e) {
        outbox.enqueue(
                "verify-link:" + e.tokenId(),
                e.memberId(),
                e.email(),
                "Confirm your email",
                "verify-email",
                Map.of("firstName", e.firstName(), "link", e.link()));
    }

    @ApplicationModuleListener
    void on(MemberVerified e) {
        outbox.enqueue(
                "welcome:" + e.memberId(),
                e.memberId(),
                e.email(),
                "Welcome to " + app.clinic().name(),
                "welcome",
                Map.of("firstName", e.firstName(), "link", app.link("/home")));
    }

    @ApplicationModuleListener
    void on(SignupAttemptedForExistingAccount e) {
        outbox.enqueue(
                "signup-attempt:" + e.attemptId(),
                e.memberId(),
                e.email(),
                "Someone tried to sign up with your email",
                "signup-attempt",
                Map.of("firstName", e.firstName(), "signInLink", e.signInLink(), "resetLink", e.resetLink()));
    }

    @ApplicationModuleListener
    void on(PasswordResetLinkIssued e) {
        outbox.enqueue(
                "reset-link:" + e.tokenId(),
                e.memberId(),
                e.email(),
                e.adminInvite() ? "Set your admin password" : "Reset your password",
                e.adminInvite() ? "admin-invite" : "password-reset",
                Map.of("firstName", e.firstName(), "link", e.link()));
    }

    @ApplicationModuleListener
    void on(EmailChangeLinkIssued e) {
        outbox.enqueue(
                "email-change-link:" + e.tokenId(),
                e.memberId(),
                e.newEmail(),
                "Confirm your new email address",
                "email-change",
                Map.of("firstName", e.firstName(), "link", e.link()));
    }

    @ApplicationModuleListener
    void on(EmailChanged e) {
        outbox.enqueue(
                "email-changed:" + e.tokenId(),
                e.memberId(),
                e.oldEmail(),
                "Your email address was changed",
                "email-changed",
                Map.of("firstName", e.firstName(), "maskedNewEmail", mask(e.newEmail())));
    }

    /** {@code anna.smith@example.com} → {@code a•••@example.com}: the old address learns the domain only. */
    static String mask(String email) {
        int at = email.lastIndexOf('@');
        return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
    }
}
