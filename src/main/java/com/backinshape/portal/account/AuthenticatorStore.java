package com.backinshape.portal.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admins' authenticators and recovery codes. Using a code is one conditional update, so two requests racing with
 * the same code cannot both succeed.
 */
@Component
class AuthenticatorStore {

    record Stored(
            String secret, Instant createdAt, @Nullable Instant confirmedAt) {
        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    private final JdbcClient jdbc;

    AuthenticatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long memberId) {
        return jdbc.sql("select secret, created_at, confirmed_at from admin_authenticator where member_id = ?")
                .param(memberId)
                .query((rs, n) -> new Stored(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3) == null
                                ? null
                                : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Keeps a new secret for an admin who is setting up (replacing any unconfirmed one). */
    void startSetUp(long memberId, String secret, Instant now) {
        jdbc.sql("delete from admin_authenticator where member_id = ? and confirmed_at is null")
                .param(memberId)
                .update();
        jdbc.sql("insert into admin_authenticator (member_id, secret, created_at) values (?, ?, ?)")
                .params(memberId, secret, now.atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    void confirm(long memberId, Instant now) {
        jdbc.sql("update admin_authenticator set confirmed_at = ? where member_id = ?")
                .params(now.atOffset(java.time.ZoneOffset.UTC), memberId)
                .update();
    }

    /** Uses the code of {@code step}: refused when that step's or a later code was already used. */
    boolean useStep(long memberId, long step) {
        return jdbc.sql("""
                        update admin_authenticator set last_used_step = ?
                        where member_id = ? and (last_used_step is null or last_used_step < ?)""").params(step, memberId, step).update() == 1;
    }

    void replaceRecoveryCodes(long memberId, List<String> hashes, Instant now) {
        jdbc.sql("delete from admin_recovery_code where member_id = ?")
                .param(memberId)
                .update();
        for (String hash : hashes) {
            jdbc.sql("insert into admin_recovery_code (member_id, code_hash, created_at) values (?, ?, ?)")
                    .params(memberId, hash, now.atOffset(java.time.ZoneOffset.UTC))
                    .update();
        }
    }

    /** Uses a recovery code once. */
    boolean useRecoveryCode(long memberId, String hash, Instant now) {
        return jdbc.sql("""
                        update admin_recovery_code set used_at = ?
                        where member_id = ? and code_hash = ? and used_at is null""")
                        .params(now.atOffset(java.time.ZoneOffset.UTC), memberId, hash)
                        .update()
                == 1;
    }

    int recoveryCodesLeft(long memberId) {
        return jdbc.sql("select count(*) from admin_recovery_code where member_id = ? and used_at is null")
                .param(memberId)
                .query(Integer.class)
                .single();
    }

    /** Removes the authenticator and its recovery codes: the admin sets up a new one at the next sign-in. */
    boolean delete(long memberId) {
        jdbc.sql("delete from admin_recovery_code where member_id = ?")
                .param(memberId)
                .update();
        return jdbc.sql("delete from admin_authenticator where member_id = ?")
                        .param(memberId)
                        .update()
                == 1;
    }
}
