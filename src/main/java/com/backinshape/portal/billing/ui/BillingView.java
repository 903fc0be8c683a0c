package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.DevTools;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.Forms.FormMessage;
import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.BillingService.Overview;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The member's plan, status, renewal and trial; cancel and undo, change plan, card and invoices. */
@Route("billing")
@PageTitle("Billing | Back in Shape")
@Menu(title = "Billing", order = 50)
@PermitAll
public class BillingView extends Main implements BeforeEnterObserver {

    private final BillingService billing;
    /** The test controls of simulated payments are for a developer's machine only. */
    private final DevTools devTools;

    private final Div content = new Div();
    private final FormMessage message = new FormMessage();
    private int pollsLeft;
    private @Nullable Overview waitingFor;
    private @Nullable Overview shown;

    public BillingView(BillingService billing, DevTools devTools) {
        this.billing = billing;
        this.devTools = devTools;
        addClassName("portal-page");
        add(new H1("Billing"), message, content);
        addAttachListener(e -> {
            var poll = e.getUI().addPollListener(p -> refreshWhileWaiting());
            addDetachListener(d -> {
                poll.remove();
                d.getUI().setPollInterval(-1);
                d.unregisterListener();
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        content.removeAll();
        Overview o = billing.overview();
        shown = o;
        if (o.grant() != null) {
            content.add(grant(o));
        }
        if (!o.hasSubscription()) {
            content.add(
                    new Paragraph("You are on the " + o.access().label() + " plan."),
                    new Anchor("/pricing", "See plans and prices"));
            return;
        }
        var facts = new DescriptionList();
        facts.addClassName("billing-facts");
        facts.setId("billing-facts");
        facts.add(
                new DescriptionList.Term("Plan"),
                new DescriptionList.Description(
                        o.tier().label() + ", " + o.period().label().toLowerCase()));
        facts.add(
                new DescriptionList.Term("Status"),
                new DescriptionList.Description(o.status().label()));
        if (o.trialEnd() != null && o.status() == com.backinshape.portal.billing.SubscriptionStatus.TRIALING) {
            facts.add(
                    new DescriptionList.Term("Free trial until"), new DescriptionList.Description(date(o.trialEnd())));
        }
        if (o.cancelAtPeriodEnd()) {
            facts.add(new DescriptionList.Term("Ends on"), new DescriptionList.Description(date(o.currentPeriodEnd())));
        } else if (o.currentPeriodEnd() != null && o.amount() != null) {
            facts.add(
                    new DescriptionList.Term("Next renewal"),
                    new DescriptionList.Description(
                            date(o.currentPeriodEnd()) + ", " + o.amount().format()));
        }
        var card = new Div(new H2("Your plan"), facts);
        card.addClassName("portal-card");
        if (o.cancelAtPeriodEnd()) {
            card.add(new Paragraph("Your subscription is cancelled. " + keepsUntil(o)));
            card.add(action("Keep my subscription", billing::keepSubscription, true));
        } else {
            var cancel = new Button("Cancel subscription", e -> confirmCancel(o));
            cancel.setId("cancel-subscription");
            card.add(cancel);
        }
        content.add(
                card,
                new PlanChangeForm(
                        billing,
                        o.tier(),
                        o.period(),
                        plan -> run(() -> billing.switchPlan(plan.tier(), plan.period()))),
                cardAndInvoices(o));
        if (o.simulated() && devTools.enabled()) {
            content.add(new SimulatedControls(
                    () -> run(billing::simulateRenewal), () -> run(billing::simulateFailedRenewal)));
        }
    }

    /** Complimentary premium from the clinic: until when, and what it means for the member's payments. */
    private static Div grant(Overview o) {
        var g = o.grant();
        var card = new Div(
                new H2("Complimentary " + g.tier().label()),
                new Paragraph("The clinic has given you " + g.tier().label() + " free of charge until "
                        + date(g.validUntil()) + "."));
        card.addClassName("portal-card");
        card.setId("complimentary-grant");
        if (o.hasSubscription() && g.payments() != null) {
            card.add(new Paragraph(
                    switch (g.payments()) {
                        case PAUSE ->
                            "Payments for your subscription are paused until then: nothing is charged before "
                                    + date(g.validUntil()) + ".";
                        case MOVE_RENEWAL ->
                            "Your subscription's next renewal has moved to " + date(o.currentPeriodEnd())
                                    + ": nothing is charged before then.";
                        case KEEP -> "Your subscription continues and renews as usual.";
                    }));
        }
        return card;
    }

    private Div cardAndInvoices(Overview o) {
        var box = new Div(new H2("Card and invoices"));
        box.addClassName("portal-card");
        var manage = new Button("Manage card and invoices");
        manage.setId("manage-card");
        var note = new Paragraph();
        manage.addClickListener(
                e -> billing.customerPortalUrl()
                        .ifPresentOrElse(
                                url -> UI.getCurrent().getPage().setLocation(url),
                                () -> note.setText(
                                        "Payments are simulated on this server, so there is no card or invoice to manage. "
                                                + "With Stripe connected, this opens Stripe's secure page for your card and invoices.")));
        box.add(manage, note);
        return box;
    }

    /** "Cancel subscription" asks first, saying until when premium stays. */
    private void confirmCancel(Overview o) {
        var dialog = new Dialog();
        dialog.setId("cancel-dialog");
        dialog.setHeaderTitle("Cancel your subscription?");
        dialog.add(new Paragraph(
                keepsUntil(o) + " No further payment is taken, and you can change your mind until then."));
        var cancel = new Button("Cancel subscription", e -> {
            dialog.close();
            run(billing::cancelAtPeriodEnd);
        });
        cancel.setId("confirm-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var keep = new Button("Keep my subscription", e -> dialog.close());
        keep.setId("keep-subscription");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, keep);
        dialog.open();
    }

    private static String keepsUntil(Overview o) {
        return "You keep " + o.tier().label() + " until " + date(o.currentPeriodEnd()) + ".";
    }

    private Button action(String label, Runnable change, boolean primary) {
        var button = new Button(label, e -> run(change));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        return button;
    }

    /** Runs a change; its effect arrives through the webhook, so the page refreshes for a few seconds. */
    private void run(Runnable change) {
        message.clear();
        try {
            Overview before = billing.overview();
            change.run();
            message.success("Done. Updating…");
            waitingFor = before;
            pollsLeft = 10;
            UI.getCurrent().setPollInterval(700);
            show();
            stopWaitingOnceShown();
        } catch (InvalidInputException e) {
            message.error(String.join(" ", e.errors().values()));
            show();
        }
    }

    /** Refreshes until the change shows (or a few seconds pass), then removes "Done. Updating…". */
    private void refreshWhileWaiting() {
        if (pollsLeft > 0) {
            pollsLeft--;
            show();
            stopWaitingOnceShown();
            if (pollsLeft == 0) {
                stopWaiting();
            }
        }
    }

    private void stopWaitingOnceShown() {
        if (waitingFor != null && !waitingFor.equals(shown)) {
            stopWaiting();
        }
    }

    private void stopWaiting() {
        pollsLeft = 0;
        waitingFor = null;
        UI.getCurrent().setPollInterval(-1);
        message.clear();
    }

    private static String date(Instant instant) {
        return instant == null ? "" : TimeConfig.DATE.format(instant);
    }
}
