package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.OnPostgres;
import com.backinshape.portal.PortalTest;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The outbox migration and the statements that rely on the database's behaviour (the unique key and {@code on conflict
 * do nothing}) on real PostgreSQL, not only H2's PostgreSQL mode.
 */
@OnPostgres
class OutboxPostgresTest extends PortalTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_migration_runs_on_postgresql_and_a_second_insert_of_the_same_key_does_nothing() {
        String key = "pg-check:" + System.nanoTime();
        assertThat(insert(key, 7L)).isEqualTo(1);
        assertThat(insert(key, 7L)).isZero();
        assertThat(insert(key + ":no-member", null)).isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from outbox_email where dedup_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select status from outbox_email where dedup_key = ?", String.class, key + ":no-member"))
                .isEqualTo("PENDING");
    }

    /** The same statement as {@code OutboxEmailRepository.insertIfAbsent}. */
    private int insert(String key, Long memberId) {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-26T10:00:00Z"));
        return jdbc.update(
                """
                insert into outbox_email (dedup_key, member_id, to_address, subject, template, html_body, text_body,
                                          message_id, status, attempts, next_attempt_at, created_at, version)
                values (?, cast(? as bigint), 'a@example.com', 's', 't', '<p>' || repeat('x', 20000) || '</p>', 'x', '<m@x>', 'PENDING', 0, ?, ?, 0)
                on conflict do nothing""",
                key,
                // Hibernate may bind a null of unknown type as varchar: the cast must still make it a bigint
                memberId == null ? new SqlParameterValue(Types.VARCHAR, null) : memberId,
                now,
                now);
    }
}
