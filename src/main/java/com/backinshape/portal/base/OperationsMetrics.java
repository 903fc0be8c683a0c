package com.backinshape.portal.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator alerts on, read from the database at each scrape (so every instance reports the same figures):
 * emails waiting in the outbox and emails that failed for good, Stripe events whose processing failed, and event
 * publications whose listeners keep failing. With {@link JobFailures}' {@code portal.jobs.failed} and Spring's
 * {@code tasks.scheduled.execution}. Served at {@code /actuator/prometheus} on the management port only (see the
 * operations guide).
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OperationsMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "portal.outbox.pending",
                "Emails waiting to be sent",
                "select count(*) from outbox_email where status = 'PENDING'");
        gauge(
                registry,
                "portal.outbox.failed",
                "Emails that failed for good",
                "select count(*) from outbox_email where status = 'FAILED'");
        gauge(
                registry,
                "portal.webhooks.failed",
                "Stripe events whose processing failed",
                "select count(*) from billing_stripe_event where status = 'FAILED'");
        gauge(
                registry,
                "portal.events.failed",
                "Event publications whose listener failed and waits for a retry or the operator",
                "select count(*) from event_publication where completion_date is null and status = 'FAILED'");
    }

    private void gauge(MeterRegistry registry, String name, String description, String sql) {
        Gauge.builder(name, () -> count(sql)).description(description).register(registry);
    }

    private double count(String sql) {
        try {
            Long n = jdbc.sql(sql).query(Long.class).single();
            return n == null ? Double.NaN : n;
        } catch (RuntimeException e) {
            return Double.NaN; // the database is unreachable: the readiness check says so
        }
    }
}
