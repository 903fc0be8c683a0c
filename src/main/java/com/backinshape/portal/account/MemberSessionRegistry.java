package com.backinshape.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The signed-in sessions of this instance, checked against the member's "sessions valid from" time in the database, so
 * that ending a member's sessions on one instance ends them on every instance.
 *
 * <p>Each session remembers the member's stored time as it was when the member signed in. Spring Security asks this
 * registry about the session on every request; when the stored time has moved on since (a password reset, a password
 * change, disabling, erasing, on any instance), the session is marked expired, and Spring Security signs it out and
 * sends the browser to {@code /login?ended}. Comparing stored values rather than two instances' clocks keeps this right
 * under clock skew. The stored time is read at most every {@code checkEvery} per member (this instance's own changes
 * are seen at once).
 */
class MemberSessionRegistry extends SessionRegistryImpl {

    private final JdbcClient jdbc;
    private final long checkEveryNanos;
    /** Per session: the member's stored time when it signed in (empty: none stored then). */
    private final Map<String, Optional<Instant>> signedInAt = new ConcurrentHashMap<>();

    private final Map<Long, Stored> recent = new ConcurrentHashMap<>();

    private record Stored(Optional<Instant> validFrom, long readAtNanos) {}

    MemberSessionRegistry(JdbcClient jdbc, Duration checkEvery) {
        this.jdbc = jdbc;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        if (principal instanceof MemberPrincipal member) {
            signedInAt.put(sessionId, read(member.memberId()));
        }
    }

    /** A session whose id changes keeps the time it signed in with (unless it signs in again). */
    @Override
    public void onApplicationEvent(AbstractSessionEvent event) {
        Optional<Instant> carried =
                event instanceof SessionIdChangedEvent changed ? signedInAt.get(changed.getOldSessionId()) : null;
        super.onApplicationEvent(event);
        if (carried != null
                && event instanceof SessionIdChangedEvent changed
                && super.getSessionInformation(changed.getNewSessionId()) != null) {
            signedInAt.put(changed.getNewSessionId(), carried);
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        signedInAt.remove(sessionId);
        super.removeSessionInformation(sessionId);
    }

    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        SessionInformation info = super.getSessionInformation(sessionId);
        if (info != null
                && !info.isExpired()
                && info.getPrincipal() instanceof MemberPrincipal member
                && endedSinceSignIn(sessionId, member.memberId())) {
            info.expireNow();
        }
        return info;
    }

    /** After this instance stored a new time: the session kept (e.g. the one that changed the password) stays valid. */
    void renew(long memberId, @Nullable String keepSessionId) {
        recent.remove(memberId);
        if (keepSessionId != null && signedInAt.containsKey(keepSessionId)) {
            signedInAt.put(keepSessionId, read(memberId));
        }
    }

    private boolean endedSinceSignIn(String sessionId, long memberId) {
        Optional<Instant> seen = signedInAt.get(sessionId);
        if (seen == null) {
            return false; // not a member's session
        }
        Optional<Instant> now = cached(memberId);
        return now.isPresent() && (seen.isEmpty() || now.get().isAfter(seen.get()));
    }

    private Optional<Instant> cached(long memberId) {
        long t = System.nanoTime();
        Stored stored = recent.get(memberId);
        if (stored == null || t - stored.readAtNanos() >= checkEveryNanos) {
            stored = new Stored(read(memberId), t);
            recent.put(memberId, stored);
        }
        return stored.validFrom();
    }

    private Optional<Instant> read(long memberId) {
        return jdbc.sql("select sessions_valid_from from member where id = ?")
                .param(memberId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .optional()
                .flatMap(v -> v);
    }
}
