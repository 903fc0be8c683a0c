package com.backinshape.portal.account;

import com.backinshape.portal.account.AccountEvents.MemberErased;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one erasure path, whoever starts it (an admin, the member closing their account, the retention job removing an
 * unverified account). It erases the account's own data, then publishes {@link MemberErased}, which every feature
 * handles with a plain synchronous listener in this same transaction: the erasure is complete or, if any feature fails,
 * nothing is erased and the caller sees the error (an asynchronous listener could fail after the account was already
 * gone, leaving health data behind with nobody told). Finally it removes the event publications that name the member
 * (pending notifications and the durable log's copies of earlier events) and ends every session.
 */
@Component
class MemberEraser {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;
    private final JdbcClient jdbc;
    private final Clock clock;

    MemberEraser(
            MemberRepository members,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Sessions sessions,
            JdbcClient jdbc,
            Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Erases {@code member} (already checked by the caller) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void erase(Member member) {
        long memberId = member.requireId();
        String oldEmail = member.getEmail();
        String oldKey = member.getEmailKey();
        String pending = member.getPendingEmail();
        member.erase(clock.instant(), passwordEncoder.encode(UUID.randomUUID().toString()));
        jdbc.sql("delete from account_token where member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("delete from marketing_consent where member_id = ?")
                .param(memberId)
                .update();
        jdbc.sql("delete from login_throttle where email_key = ?").param(oldKey).update();
        jdbc.sql("delete from rate_limit_hit where bucket like ?")
                .param("%:" + oldKey)
                .update();
        members.flush();
        events.publishEvent(new MemberErased(memberId));
        forgetEventPublications(memberId, oldEmail, pending);
        sessions.endAllAfterCommit(memberId, null);
    }

    /**
     * Event publications are stored as JSON, e.g. {@code {"memberId":42,"email":"ann@example.com",...}}: removes each
     * one holding the member's id or one of their addresses.
     */
    private void forgetEventPublications(
            long memberId, String email, @org.jspecify.annotations.Nullable String pending) {
        String id = "\"memberId\":" + memberId;
        jdbc.sql("""
                delete from event_publication
                where serialized_event like ? or serialized_event like ? or lower(serialized_event) like ?
                   or lower(serialized_event) like ?""")
                .param("%" + id + ",%")
                .param("%" + id + "}%")
                .param("%" + Member.emailKey(email) + "%")
                .param("%" + (pending == null ? email : Member.emailKey(pending)).toLowerCase() + "%")
                .update();
    }
}
