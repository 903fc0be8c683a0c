package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.OnPostgres;
import com.backinshape.portal.PortalTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The billing migration on real PostgreSQL, and the unique keys the webhook pipeline relies on. */
@OnPostgres
class BillingPostgresTest extends PortalTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_stripe_event_id_is_recorded_once_and_a_member_has_one_subscription_row() {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-26T10:00:00Z"));
        String insertEvent =
                "insert into billing_stripe_event (event_id, type, status, payload, stripe_created_at, received_at) "
                        + "values (?, 'invoice.paid', 'RECEIVED', ?, ?, ?)";
        String eventId = "evt_pg_" + System.nanoTime();
        jdbc.update(insertEvent, eventId, "{\"id\":\"evt\"}".repeat(2000), now, now);

        assertThatThrownBy(() -> jdbc.update(insertEvent, eventId, "{}", now, now))
                .isInstanceOf(DuplicateKeyException.class);
        String insertRow = "insert into billing_subscription (member_id, updated_at) values (?, ?)";
        jdbc.update(insertRow, 987_654_321L, now);
        assertThatThrownBy(() -> jdbc.update(insertRow, 987_654_321L, now)).isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_stripe_event where event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
    }
}
