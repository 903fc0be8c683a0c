package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The billing migration on real PostgreSQL, and the unique keys the webhook pipeline relies on. */
class BillingPostgresTest {

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
    void a_stripe_event_id_is_recorded_once_and_a_member_has_one_subscription_row() {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-26T10:00:00Z"));
        String insertEvent = "insert into billing_stripe_event (event_id, type, status, payload, stripe_created_at, received_at) "
                + "values (?, 'invoice.paid', 'RECEIVED', ?, ?, ?)";
        jdbc.update(insertEvent, "evt_1", "{\"id\":\"evt_1\"}".repeat(2000), now, now);

        assertThatThrownBy(() -> jdbc.update(insertEvent, "evt_1", "{}", now, now)).isInstanceOf(DuplicateKeyException.class);
        String insertRow = "insert into billing_subscription (member_id, updated_at) values (?, ?)";
        jdbc.update(insertRow, 42L, now);
        assertThatThrownBy(() -> jdbc.update(insertRow, 42L, now)).isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject("select count(*) from billing_stripe_event", Integer.class)).isEqualTo(1);
    }
}
