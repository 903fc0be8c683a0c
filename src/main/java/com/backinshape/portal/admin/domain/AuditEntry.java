package com.backinshape.portal.admin.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. Immutable: no setters, every column {@code updatable = false}. Only the member's display
 * name is ever blanked, by erasure, with a statement of its own. Each entry is sealed into the log's hash chain when it
 * is appended: its position, the previous entry's hash and its own.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

    public static final int NAME_MAX = 200;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "actor_email", nullable = false, length = 254, updatable = false)
    private String actorEmail;

    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "member_id", updatable = false)
    private @Nullable Long memberId;

    @Column(name = "member_name", length = NAME_MAX, updatable = false)
    private @Nullable String memberName;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "detail", updatable = false)
    private @Nullable String detail;

    @Column(name = "seq", updatable = false)
    private @Nullable Long seq;

    @Column(name = "prev_hash", length = 64, updatable = false)
    private @Nullable String prevHash;

    @Column(name = "entry_hash", length = 64, updatable = false)
    private @Nullable String entryHash;

    protected AuditEntry() {
        this(Instant.EPOCH, 0, "", "", null, null, "", null);
    }

    public AuditEntry(
            Instant occurredAt,
            long actorId,
            String actorEmail,
            String action,
            @Nullable Long memberId,
            @Nullable String memberName,
            String reason,
            @Nullable String detail) {
        // the database keeps microseconds: the hash is taken over what is stored
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.memberId = memberId;
        this.memberName =
                memberName == null || memberName.length() <= NAME_MAX ? memberName : memberName.substring(0, NAME_MAX);
        this.reason = reason;
        this.detail = detail;
    }

    /** Seals a new entry into the chain, once, before it is saved. */
    public void seal(long seq, String prevHash, String entryHash) {
        if (this.seq != null) {
            throw new IllegalStateException("Audit entries are sealed once");
        }
        this.seq = seq;
        this.prevHash = prevHash;
        this.entryHash = entryHash;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getAction() {
        return action;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable String getMemberName() {
        return memberName;
    }

    public String getReason() {
        return reason;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable Long getSeq() {
        return seq;
    }
}
