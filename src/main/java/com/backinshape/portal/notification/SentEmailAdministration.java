package com.backinshape.portal.notification;

import com.backinshape.portal.notification.domain.OutboxEmail;
import com.backinshape.portal.notification.domain.OutboxEmailRepository;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What clinic staff may read of the outbox: which emails a member was sent and how delivery went. No bodies. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SentEmailAdministration {

    /** At most this many emails per listing. */
    public static final int LIMIT = 200;

    public enum Delivery {
        PENDING,
        SENT,
        FAILED
    }

    public record SentEmail(
            long id,
            @Nullable Long memberId,
            String subject,
            String template,
            Delivery delivery,
            int attempts,
            Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable String lastError) {}

    private final OutboxEmailRepository emails;

    SentEmailAdministration(OutboxEmailRepository emails) {
        this.emails = emails;
    }

    /** The member's emails, newest first. */
    @Transactional(readOnly = true)
    public List<SentEmail> forMember(long memberId) {
        return emails.findByMemberIdOrderByCreatedAtDescIdDesc(memberId, PageRequest.ofSize(LIMIT)).stream()
                .map(SentEmailAdministration::toRecord)
                .toList();
    }

    /** Emails given up on, first recorded in [from, to), newest first. */
    @Transactional(readOnly = true)
    public List<SentEmail> failedBetween(Instant from, Instant to) {
        return emails.findFailed(from, to, PageRequest.ofSize(LIMIT)).stream()
                .map(SentEmailAdministration::toRecord)
                .toList();
    }

    private static SentEmail toRecord(OutboxEmail e) {
        return new SentEmail(
                e.requireId(),
                e.getMemberId(),
                e.getSubject(),
                e.getTemplate(),
                Delivery.valueOf(e.getStatus().name()),
                e.getAttempts(),
                e.getCreatedAt(),
                e.getSentAt(),
                e.getLastError());
    }
}
