package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.StripeEventLog;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.StripeEventAdministration.Event;
import com.backinshape.portal.billing.StripeEventAdministration.Outcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Stripe events as received, newest first (lazy): payload, replay of a failed one, reconciliation now. */
@Route("admin/events")
@PageTitle("Stripe events | Back in Shape admin")
@Menu(title = "Stripe events", order = 230)
@RolesAllowed("ADMIN")
public class StripeEventsView extends Main {

    private final StripeEventLog log;
    private final ComboBox<Outcome> outcome = new ComboBox<>("Status");
    private final Paragraph result = new Paragraph();
    final Grid<Event> grid = new Grid<>(Event.class, false);

    public StripeEventsView(StripeEventLog log) {
        this.log = log;
        addClassNames("portal-page", "admin-page");
        outcome.setId("outcome");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o.name().toLowerCase().replace("ignored_duplicate", "ignored as duplicate"));
        outcome.setClearButtonVisible(true);
        outcome.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        result.setId("reconciliation-result");
        var reconcile = new Button(
                "Run reconciliation now",
                e -> new ReasonDialog(
                                "Run reconciliation now",
                                "Compares every live subscription with the payment provider and repairs what differs.",
                                r -> {
                                    int repaired = log.reconcileNow(r);
                                    result.setText("Reconciliation: " + repaired
                                            + (repaired == 1 ? " subscription" : " subscriptions") + " repaired.");
                                    grid.getDataProvider().refreshAll();
                                })
                        .open());
        reconcile.setId("reconcile");

        grid.setId("events");
        grid.addColumn(e -> TimeConfig.DATE_TIME.format(e.receivedAt())).setHeader("Received");
        grid.addColumn(Event::type).setHeader("Type").setFlexGrow(2);
        grid.addColumn(Event::outcomeLabel).setHeader("Status");
        grid.addColumn(e -> e.memberId() == null ? "" : "#" + e.memberId()).setHeader("Member");
        grid.addColumn(e -> e.error() == null ? "" : e.error())
                .setHeader("Error")
                .setFlexGrow(2);
        grid.addComponentColumn(this::buttons).setKey("actions").setHeader("").setAutoWidth(true);
        grid.setItems(q -> log.page(outcome.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        AdminGrids.sizedToContent(grid);
        add(new H1("Stripe events"), Filters.of(outcome, reconcile), result, grid);
    }

    private com.vaadin.flow.component.Component buttons(Event e) {
        var payload = new Button("Payload", click -> showPayload(e));
        payload.setId("payload-" + e.id());
        if (e.outcome() != Outcome.FAILED) {
            return payload;
        }
        var replay = new Button(
                "Replay",
                click -> new ReasonDialog("Replay " + e.type(), "Processes the event again now.", r -> {
                            Event after = log.replay(e.id(), r);
                            Notification.show("Replayed: " + after.outcomeLabel() + ".");
                            grid.getDataProvider().refreshAll();
                        })
                        .open());
        replay.setId("replay-" + e.id());
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(payload, replay);
    }

    private void showPayload(Event e) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(e.type() + " " + e.eventId());
        var json = new Pre(log.payload(e.id()));
        json.setId("payload");
        json.getStyle().set("white-space", "pre-wrap").set("max-width", "70vw");
        dialog.add(json);
        dialog.getFooter().add(new Button("Close", c -> dialog.close()));
        dialog.open();
    }
}
