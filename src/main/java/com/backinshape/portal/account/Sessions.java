package com.backinshape.portal.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Ends a member's signed-in sessions, e.g. after a password reset. */
@Component
class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** After the current transaction commits, ends every session of the member except {@code keepSessionId}. */
    void endAllAfterCommit(long memberId, @Nullable String keepSessionId) {
        Runnable end = () -> registry.getAllPrincipals().stream()
                .filter(p -> p instanceof MemberPrincipal mp && mp.memberId() == memberId)
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .filter(s -> !s.getSessionId().equals(keepSessionId))
                .forEach(SessionInformation::expireNow);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
