package com.backinshape.portal.admin.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete of entries (a plain {@link Repository}, not a JpaRepository). */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select e from AuditEntry e
            where (:action is null or e.action = :action)
              and (:memberId is null or e.memberId = :memberId)
              and (:actor is null or lower(e.actorEmail) = :actor)
              and e.occurredAt >= :from
              and e.occurredAt < :to""")
    Slice<AuditEntry> find(
            @Nullable String action,
            @Nullable Long memberId,
            @Nullable String actor,
            Instant from,
            Instant to,
            Pageable page);

    /** Erasure: the member is still named by id, but no longer by name. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(nativeQuery = true, value = "update audit_entry set member_name = null where member_id = :memberId")
    int forgetMemberName(long memberId);
}
