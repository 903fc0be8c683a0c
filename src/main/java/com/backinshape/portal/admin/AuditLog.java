package com.backinshape.portal.admin;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.admin.domain.AuditEntry;
import com.backinshape.portal.admin.domain.AuditEntryRepository;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Admin services write to it in the same transaction as the action they record (so an action
 * without its entry cannot happen); the app offers no way to change or remove a line, and each line is chained to the
 * one before by its hash, so a line changed in the database is noticed.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    /** The longest reason accepted. */
    public static final int REASON_MAX = 500;

    private static final Instant NO_START = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant NO_END = Instant.parse("9999-01-01T00:00:00Z");

    private final AuditEntryRepository entries;
    private final AuditChain chain;
    private final CurrentMember currentMember;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, AuditChain chain, CurrentMember currentMember, Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** Whether the log's hash chain holds, or the first entry where it breaks. */
    @Transactional(readOnly = true)
    public AuditChainStatus chainStatus() {
        return chain.verify();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Slice<AuditRecord> page(AuditRecord.Filter filter, Pageable pageable) {
        var page = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        // open ends are far-off instants: PostgreSQL cannot type a null timestamp in "? is null"
        Instant from = filter.from() == null ? NO_START : startOf(filter.from());
        Instant to = filter.to() == null ? NO_END : startOf(filter.to().plusDays(1));
        return entries.find(
                        filter.action() == null ? null : filter.action().name(),
                        filter.memberId(),
                        blankToNull(filter.actorEmail()),
                        from,
                        to,
                        page)
                .map(AuditLog::toRecord);
    }

    /** Records what the signed-in admin does, in the caller's transaction. */
    void record(
            AuditAction action,
            @Nullable Long memberId,
            @Nullable String memberName,
            String reason,
            @Nullable String detail) {
        MemberPrincipal actor = currentMember
                .principal()
                .filter(MemberPrincipal::isAdmin)
                .orElseThrow(() -> new AccessDeniedException("Only admins act here"));
        chain.append(new AuditEntry(
                clock.instant(), actor.memberId(), actor.email(), action.name(), memberId, memberName, reason, detail));
    }

    /**
     * Records what a member did to their own data (e.g. downloading it), in the caller's transaction; the actor is
     * named by id, never by email. Open to the member themselves (not only admins).
     */
    @PreAuthorize("isAuthenticated()")
    void recordByMember(AuditAction action, long memberId, String reason) {
        long actor = currentMember.requireId();
        entries.save(new AuditEntry(
                clock.instant(), actor, "member #" + actor, action.name(), memberId, null, reason, null));
    }

    void forgetMemberName(long memberId) {
        entries.forgetMemberName(memberId);
    }

    /**
     * The reason an admin gave, stripped.
     *
     * @throws InvalidInputException "reason" when missing or too long
     */
    static String requireReason(@Nullable String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 3) {
            throw InvalidInputException.of("reason", "Please give a reason: it is kept in the audit log.");
        }
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of(
                    "reason", "Please keep the reason to " + REASON_MAX + " characters or fewer.");
        }
        return r;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfig.LONDON).toInstant();
    }

    private static AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(
                e.requireId(),
                e.getOccurredAt(),
                e.getActorEmail(),
                AuditAction.valueOf(e.getAction()),
                e.getMemberId(),
                e.getMemberName(),
                e.getReason(),
                e.getDetail());
    }
}
