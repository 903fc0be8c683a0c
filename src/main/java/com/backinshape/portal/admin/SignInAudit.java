package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountEvents.AuthenticatorSetUp;
import com.backinshape.portal.account.AccountEvents.RecoveryCodeUsed;
import com.backinshape.portal.admin.domain.AuditEntry;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Admins' own sign-in events in the audit log, written in the sign-in's transaction (so a set-up or a recovery code
 * without its entry cannot happen). The admin is the actor and the member concerned.
 */
@Component
class SignInAudit {

    private final AuditChain chain;
    private final Clock clock;

    SignInAudit(AuditChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticatorSetUp e) {
        chain.append(new AuditEntry(
                clock.instant(),
                e.memberId(),
                e.email(),
                AuditAction.SET_UP_AUTHENTICATOR.name(),
                e.memberId(),
                e.firstName() + " <" + e.email() + ">",
                "Two-factor sign-in set up at sign-in",
                null));
    }

    @EventListener
    void on(RecoveryCodeUsed e) {
        chain.append(new AuditEntry(
                clock.instant(),
                e.memberId(),
                e.email(),
                AuditAction.USED_RECOVERY_CODE.name(),
                e.memberId(),
                e.firstName() + " <" + e.email() + ">",
                "Signed in without the authenticator",
                e.codesLeft() + (e.codesLeft() == 1 ? " recovery code" : " recovery codes") + " left"));
    }
}
