package com.backinshape.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.backinshape.portal.PortalTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the platform's probes and the operators' alerts read. */
class OperationsEndpointsTest extends PortalTest {

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void liveness_and_readiness_answer_up_without_details() throws Exception {
        for (String path :
                new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"}) {
            mvc().perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().json("{\"status\":\"UP\"}", true));
        }
    }

    @Test
    void a_mail_outage_does_not_take_the_portal_out_of_service_but_the_database_does() {
        assertThat(healthGroups.get("readiness").isMember("mail")).isFalse();
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
    }

    @Test
    void an_email_that_failed_for_good_shows_on_the_outbox_failed_metric() {
        double before = meters.get("portal.outbox.failed").gauge().value();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into outbox_email (dedup_key, to_address, subject, template, html_body, text_body,
                                          message_id, status, attempts, next_attempt_at, created_at, version)
                values (?, 'gone@example.com', 's', 't', '<p>x</p>', 'x', '<m@x>', 'FAILED', 8, ?, ?, 0)""")
                .param("metrics-check:" + System.nanoTime())
                .param(now.atOffset(ZoneOffset.UTC))
                .param(now.atOffset(ZoneOffset.UTC))
                .update();

        assertThat(meters.get("portal.outbox.failed").gauge().value()).isEqualTo(before + 1);
        assertThat(meters.get("portal.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("portal.webhooks.failed").gauge().value()).isGreaterThanOrEqualTo(0);
        assertThat(meters.get("portal.events.failed").gauge().value()).isGreaterThanOrEqualTo(0);
    }
}
