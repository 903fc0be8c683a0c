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
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Admin services write to it in the same transaction as the action they
 * record (so an action without its entry cannot happen); the app offers no way to change or remove a line.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    /** The longest reason accepted. */
    public static final int REASON_MAX = 500;

    private final AuditEntryRepository entries;
    private final CurrentMember currentMember;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentMember currentMember, Clock clock) {
        this.entries = entries;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Slice<AuditRecord> page(AuditRecord.Filter filter, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return entries.find(filter.action() == null ? null : filter.action().name(), filter.memberId(),
                blankToNull(filter.actorEmail()), startOf(filter.from()),
                filter.to() == null ? null : startOf(filter.to().plusDays(1)), page).map(AuditLog::toRecord);
    }

    /** Records what the signed-in admin does, in the caller's transaction. */
    void record(AuditAction action, @Nullable Long memberId, @Nullable String memberName, String reason,
                @Nullable String detail) {
        MemberPrincipal actor = currentMember.principal().filter(MemberPrincipal::isAdmin)
                .orElseThrow(() -> new AccessDeniedException("Only admins act here"));
        entries.save(new AuditEntry(clock.instant(), actor.memberId(), actor.email(), action.name(), memberId,
                memberName, reason, detail));
    }

    /**
     * Records what a member did to their own data (e.g. downloading it), in the caller's transaction; the
     * actor is named by id, never by email. Open to the member themselves (not only admins).
     */
    @PreAuthorize("isAuthenticated()")
    void recordByMember(AuditAction action, long memberId, String reason) {
        long actor = currentMember.requireId();
        entries.save(new AuditEntry(clock.instant(), actor, "member #" + actor, action.name(), memberId, null,
                reason, null));
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
            throw InvalidInputException.of("reason", "Please keep the reason to " + REASON_MAX + " characters or fewer.");
        }
        return r;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(TimeConfig.LONDON).toInstant();
    }

    private static AuditRecord toRecord(AuditEntry e) {
        return new AuditRecord(e.requireId(), e.getOccurredAt(), e.getActorEmail(), AuditAction.valueOf(e.getAction()),
                e.getMemberId(), e.getMemberName(), e.getReason(), e.getDetail());
    }
}
