package com.backinshape.portal.admin;

import com.backinshape.portal.admin.domain.AuditEntry;
import com.backinshape.portal.admin.domain.AuditEntryRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's hash chain. Each entry carries its position, the previous entry's hash and its own: SHA-256 over the
 * previous hash and the entry's fields (all but the member's display name, which erasure blanks). Appends are
 * serialised by a lock on the one chain-head row, so two parallel appends cannot both follow the same entry; the head
 * also remembers the newest entry, so removing the newest entries is noticed too. Entries written before the chain
 * existed are sealed once, in id order.
 */
@Component
class AuditChain implements ApplicationRunner {

    private static final String COLUMNS =
            "id, seq, occurred_at, actor_id, actor_email, action, member_id, reason, detail, prev_hash, entry_hash";

    private final AuditEntryRepository entries;
    private final JdbcClient jdbc;

    AuditChain(AuditEntryRepository entries, JdbcClient jdbc) {
        this.entries = entries;
        this.jdbc = jdbc;
    }

    private record Head(long lastSeq, String lastHash) {}

    /** Seals {@code entry} as the chain's newest and saves it, in the caller's transaction if there is one. */
    @Transactional
    AuditEntry append(AuditEntry entry) {
        Head head = lockHead();
        long seq = head.lastSeq() + 1;
        String hash = hash(
                head.lastHash(),
                seq,
                entry.getOccurredAt(),
                entry.getActorId(),
                entry.getActorEmail(),
                entry.getAction(),
                entry.getMemberId(),
                entry.getReason(),
                entry.getDetail());
        entry.seal(seq, head.lastHash(), hash);
        AuditEntry saved = entries.save(entry);
        moveHead(seq, hash);
        return saved;
    }

    /** At start: entries from before the chain existed are sealed once, oldest first. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lockHead();
    }

    /** Walks the whole chain, oldest first, and answers where it first fails to hold. */
    @Transactional(readOnly = true)
    AuditChainStatus verify() {
        Long outside = jdbc.sql("select min(id) from audit_entry where seq is null")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (outside != null) {
            return new AuditChainStatus(0, outside, "this entry is not part of the chain (added outside the portal).");
        }
        var walk = new Walk();
        jdbc.sql("select " + COLUMNS + " from audit_entry order by seq").query(rs -> {
            if (walk.problem == null) {
                walk.check(rs);
            }
        });
        if (walk.problem != null) {
            return new AuditChainStatus(walk.checked, walk.brokenAt, walk.problem);
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long missing = head.lastSeq() - (walk.expectedSeq - 1);
        if (missing > 0) {
            return new AuditChainStatus(
                    walk.checked,
                    null,
                    "the newest " + missing + (missing == 1 ? " entry is" : " entries are") + " missing (deleted).");
        }
        if (missing < 0 || !head.lastHash().equals(walk.previousHash)) {
            return new AuditChainStatus(walk.checked, null, "the newest entry is not the one the chain ends with.");
        }
        return new AuditChainStatus(walk.checked, null, null);
    }

    /** The state of the walk through the chain. */
    private static final class Walk {
        long expectedSeq = 1;
        String previousHash = "";
        long checked;

        @Nullable
        Long brokenAt;

        @Nullable
        String problem;

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            long seq = rs.getLong("seq");
            String prev = rs.getString("prev_hash");
            String stored = rs.getString("entry_hash");
            if (seq != expectedSeq) {
                fail(
                        id,
                        seq > expectedSeq
                                ? "the entry before it is missing (deleted)."
                                : "this entry's position in the chain was changed.");
            } else if (!previousHash.equals(prev)) {
                fail(id, "this entry does not follow the entry before it.");
            } else {
                Long memberId = rs.getObject("member_id") == null ? null : rs.getLong("member_id");
                String computed = hash(
                        prev,
                        seq,
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("actor_id"),
                        rs.getString("actor_email"),
                        rs.getString("action"),
                        memberId,
                        rs.getString("reason"),
                        rs.getString("detail"));
                if (!computed.equals(stored)) {
                    fail(id, "this entry was changed after it was written.");
                    return;
                }
                checked++;
                expectedSeq++;
                previousHash = stored;
            }
        }

        private void fail(long id, String why) {
            brokenAt = id;
            problem = why;
        }
    }

    /** Locks the chain head; the first time, seals the entries written before the chain existed. */
    private Head lockHead() {
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        if (head.lastSeq() > 0) {
            return head;
        }
        var legacy = jdbc.sql("select " + COLUMNS + " from audit_entry where seq is null order by id")
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getLong("actor_id"),
                    rs.getString("actor_email"),
                    rs.getString("action"),
                    rs.getObject("member_id") == null ? null : rs.getLong("member_id"),
                    rs.getString("reason"),
                    rs.getString("detail")
                })
                .list();
        long seq = 0;
        String previous = "";
        for (Object[] e : legacy) {
            seq++;
            String hash = hash(
                    previous,
                    seq,
                    (Instant) e[1],
                    (Long) e[2],
                    (String) e[3],
                    (String) e[4],
                    (Long) e[5],
                    (String) e[6],
                    (String) e[7]);
            jdbc.sql("update audit_entry set seq = ?, prev_hash = ?, entry_hash = ? where id = ?")
                    .params(seq, previous, hash, e[0])
                    .update();
            previous = hash;
        }
        if (seq > 0) {
            moveHead(seq, previous);
        }
        return new Head(seq, previous);
    }

    private void moveHead(long seq, String hash) {
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")
                .params(seq, hash)
                .update();
    }

    /** SHA-256 (hex) over the previous hash and the entry's fields, each length-prefixed; null is "-". */
    static String hash(
            String previousHash,
            long seq,
            Instant occurredAt,
            long actorId,
            String actorEmail,
            String action,
            @Nullable Long memberId,
            String reason,
            @Nullable String detail) {
        var canonical = new StringBuilder();
        for (Object field : new Object[] {
            previousHash,
            seq,
            ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt),
            actorId,
            actorEmail,
            action,
            memberId,
            reason,
            detail
        }) {
            if (field == null) {
                canonical.append("-;");
            } else {
                String s = field.toString();
                canonical.append(s.length()).append(':').append(s).append(';');
            }
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
