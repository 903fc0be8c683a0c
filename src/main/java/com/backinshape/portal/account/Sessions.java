package com.backinshape.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a member's signed-in sessions, e.g. after a password reset, on every instance: it moves the member's "sessions
 * valid from" time in the database (in the caller's transaction), which every instance's {@link MemberSessionRegistry}
 * checks on each request, and ends this instance's sessions at once after the commit.
 */
@Component
class Sessions {

    private final SessionRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    Sessions(SessionRegistry registry, JdbcClient jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Ends every session of the member except {@code keepSessionId}: the stored time moves now (and commits with the
     * current transaction); this instance's sessions end after the commit.
     */
    void endAllAfterCommit(long memberId, @Nullable String keepSessionId) {
        storeValidFrom(memberId);
        Runnable end = () -> {
            if (registry instanceof MemberSessionRegistry members) {
                members.renew(memberId, keepSessionId); // first: listing the sessions checks each one
            }
            registry.getAllPrincipals().stream()
                    .filter(p -> p instanceof MemberPrincipal mp && mp.memberId() == memberId)
                    .flatMap(p -> registry.getAllSessions(p, false).stream())
                    .filter(s -> !s.getSessionId().equals(keepSessionId))
                    .forEach(SessionInformation::expireNow);
        };
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

    /** Now, or just after the stored time if that is not earlier (so each ending is seen as new). */
    private void storeValidFrom(long memberId) {
        Optional<Instant> stored = jdbc.sql("select sessions_valid_from from member where id = ? for update")
                .param(memberId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(v -> v);
        Instant now = clock.instant();
        Instant validFrom =
                stored.filter(s -> !now.isAfter(s)).map(s -> s.plusMillis(1)).orElse(now);
        jdbc.sql("update member set sessions_valid_from = ? where id = ?")
                .param(validFrom.atOffset(ZoneOffset.UTC))
                .param(memberId)
                .update();
    }
}
