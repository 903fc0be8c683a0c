package com.backinshape.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The outbox migration and the statements that rely on the database's behaviour (the unique key and
 * {@code on conflict do nothing}) on real PostgreSQL, not only H2's PostgreSQL mode.
 */
class OutboxPostgresTest {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void the_migration_runs_on_postgresql_and_a_second_insert_of_the_same_key_does_nothing() {
        assertThat(insert("verify-link:1", 7L)).isEqualTo(1);
        assertThat(insert("verify-link:1", 7L)).isZero();
        assertThat(insert("welcome:7", null)).isEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from outbox_email where dedup_key = 'verify-link:1'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from outbox_email where dedup_key = 'welcome:7'", String.class))
                .isEqualTo("PENDING");
    }

    /** The same statement as {@code OutboxEmailRepository.insertIfAbsent}. */
    private static int insert(String key, Long memberId) {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-26T10:00:00Z"));
        return jdbc.update("""
                insert into outbox_email (dedup_key, member_id, to_address, subject, template, html_body, text_body,
                                          message_id, status, attempts, next_attempt_at, created_at, version)
                values (?, cast(? as bigint), 'a@example.com', 's', 't', '<p>' || repeat('x', 20000) || '</p>', 'x', '<m@x>', 'PENDING', 0, ?, ?, 0)
                on conflict do nothing""", key,
                // Hibernate may bind a null of unknown type as varchar: the cast must still make it a bigint
                memberId == null ? new SqlParameterValue(Types.VARCHAR, null) : memberId, now, now);
    }
}
