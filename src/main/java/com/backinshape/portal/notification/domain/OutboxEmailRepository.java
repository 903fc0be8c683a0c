package com.backinshape.portal.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

    boolean existsByDedupKey(String dedupKey);

    Optional<OutboxEmail> findByDedupKey(String dedupKey);

    /** Ids of PENDING emails whose next attempt is due, oldest due first. */
    @Query("""
            select e.id from OutboxEmail e
            where e.status = com.backinshape.portal.notification.domain.EmailStatus.PENDING
              and e.nextAttemptAt <= :now
            order by e.nextAttemptAt, e.id""")
    List<Long> findDueIds(Instant now, Pageable page);

    /**
     * Claims a due email for one sender by pushing its next attempt to {@code leaseUntil}: of two instances racing for
     * the same row, exactly one gets 1. A sender that dies while sending leaves the row to be retried when the lease
     * runs out.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEmail e set e.nextAttemptAt = :leaseUntil, e.version = e.version + 1
            where e.id = :id
              and e.status = com.backinshape.portal.notification.domain.EmailStatus.PENDING
              and e.nextAttemptAt <= :now""")
    int claim(long id, Instant now, Instant leaseUntil);

    /**
     * Records an email unless one with the same key exists; never fails on a duplicate, even when two deliveries of the
     * same event race (both databases support {@code on conflict do nothing}).
     *
     * @return 1 when recorded, 0 when the key was already there
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into outbox_email (dedup_key, member_id, to_address, subject, template, html_body, text_body,
                                      message_id, status, attempts, next_attempt_at, created_at, version)
            values (:key, cast(:memberId as bigint), :to, :subject, :template, :html, :text, :messageId, 'PENDING', 0, :now, :now, 0)
            on conflict do nothing""")
    int insertIfAbsent(
            String key,
            @Nullable Long memberId,
            String to,
            String subject,
            String template,
            String html,
            String text,
            String messageId,
            Instant now);

    /** Gives a just recorded email its one-click unsubscribe address (List-Unsubscribe). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update OutboxEmail e set e.listUnsubscribe = :url where e.dedupKey = :key")
    int setListUnsubscribe(String key, String url);

    /** The mail server accepted it: final, whoever holds the row now. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update OutboxEmail e set e.status = com.backinshape.portal.notification.domain.EmailStatus.SENT,
                e.sentAt = :now, e.attempts = e.attempts + 1, e.lastError = null, e.version = e.version + 1
            where e.id = :id""")
    int markSent(long id, Instant now);

    /** Empties an email's bodies (the row, its subject and its delivery state stay). */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = "update outbox_email set html_body = '', text_body = '' where id = :id")
    int blankBodies(long id);

    /** Empties the bodies of the emails sent or given up on before {@code before}; answers how many. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update outbox_email set html_body = '', text_body = ''
            where status <> 'PENDING' and created_at < :before and (html_body <> '' or text_body <> '')""")
    int blankBodiesOlderThan(Instant before);

    @Query("""
            select new com.backinshape.portal.notification.domain.OutboxEmailSummary(
                e.id, e.toAddress, e.subject, e.createdAt, e.status)
            from OutboxEmail e order by e.createdAt desc, e.id desc""")
    Slice<OutboxEmailSummary> findLatest(Pageable page);

    /** The emails about one member, newest first. */
    List<OutboxEmail> findByMemberIdOrderByCreatedAtDescIdDesc(Long memberId, Pageable page);

    /** Emails given up on that were first recorded in [from, to), newest first. */
    @Query("""
            select e from OutboxEmail e
            where e.status = com.backinshape.portal.notification.domain.EmailStatus.FAILED
              and e.createdAt >= :from and e.createdAt < :to
            order by e.createdAt desc, e.id desc""")
    List<OutboxEmail> findFailed(Instant from, Instant to, Pageable page);

    /**
     * Erasure: the member's emails (to them, and the clinic's and admins' emails about them) keep their key (so an old
     * event never sends again) and delivery state, but lose address, subject and bodies; any still waiting are given up
     * on, except the account-closed confirmation, which is delivered first and then forgotten the same way
     * ({@link #forgetIfFarewell}).
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update outbox_email set to_address = 'erased@erased.invalid', subject = 'erased', html_body = '', text_body = '',
                status = case when status = 'PENDING' then 'FAILED' else status end,
                last_error = case when status = 'PENDING' then 'member erased' else last_error end
            where member_id = :memberId and not (template = 'account-closed' and status = 'PENDING')""")
    int eraseForMember(long memberId);

    /** Once the account-closed confirmation is sent (or given up on), its address, subject and bodies go too. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update outbox_email set to_address = 'erased@erased.invalid', subject = 'erased', html_body = '', text_body = ''
            where id = :id and template = 'account-closed' and status <> 'PENDING'""")
    int forgetIfFarewell(long id);
}
