package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.admin.ui.StripeEventsView;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.StripeEventAdministration.Event;
import com.backinshape.portal.billing.StripeEventAdministration.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Stripe events page: the list, a payload, replaying a failed event and reconciliation, each audited. */
class StripeEventsPageTest extends AdminTestBase {

    @Autowired
    StripeEventLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_failed_event_is_replayed_with_a_reason_and_becomes_processed() {
        long id = failedEvent("evt_replay_" + System.nanoTime(), "invoice.created");
        signInAsAdmin();
        assertThat(log.page(Outcome.FAILED, PageRequest.of(0, 50)).getContent())
                .extracting(Event::id)
                .contains(id);

        assertThatThrownBy(() -> log.replay(id, "")).isInstanceOf(InvalidInputException.class);
        Event after = log.replay(id, "The webhook failed during the database upgrade");

        assertThat(after.outcome()).isEqualTo(Outcome.PROCESSED);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.REPLAYED_STRIPE_EVENT);
        assertThat(lastAudit().reason()).isEqualTo("The webhook failed during the database upgrade");
        assertThatThrownBy(() -> log.replay(id, "Once more"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsValue("Only a failed event can be replayed."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_page_shows_a_payload_and_runs_reconciliation_with_the_count_of_repairs() {
        long id = failedEvent("evt_page_" + System.nanoTime(), "invoice.created");
        signInAsAdmin();
        navigate(StripeEventsView.class);

        Grid<Event> grid = $(Grid.class).id("events");
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id() == id)
                .findFirst()
                .orElseThrow();
        var actions = test(grid).getCellComponent(row, "actions");
        test((Button) actions.getChildren().findFirst().orElseThrow()).click();
        assertThat($(Pre.class).id("payload").getText()).contains("\"type\": \"invoice.created\"");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.VIEWED_STRIPE_EVENT);

        test($(Button.class).id("reconcile")).click();
        test($(TextArea.class).id("reason")).setValue("Stripe reported an outage last night");
        test($(Button.class).id("confirm")).click();

        assertThat($(Paragraph.class).id("reconciliation-result").getText())
                .matches("Reconciliation: \\d+ subscriptions? repaired\\.");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.RAN_RECONCILIATION);
    }

    private long failedEvent(String eventId, String type) {
        String payload = "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"created\":1795000000,"
                + "\"data\":{\"object\":{\"id\":\"in_test\",\"object\":\"invoice\"}}}";
        var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.update(
                "insert into billing_stripe_event (event_id, type, status, payload, stripe_created_at, received_at, "
                        + "processed_at, repeats, error) values (?, ?, 'FAILED', ?, ?, ?, ?, 0, 'IllegalStateException: test')",
                eventId,
                type,
                payload,
                now,
                now,
                now);
        return jdbc.queryForObject("select id from billing_stripe_event where event_id = ?", Long.class, eventId);
    }

    private AuditRecord lastAudit() {
        return audit.page(AuditRecord.Filter.all(), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
    }
}
