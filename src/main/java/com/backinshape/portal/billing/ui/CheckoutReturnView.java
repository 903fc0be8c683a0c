package com.backinshape.portal.billing.ui;

import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.CheckoutService.Progress;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

/**
 * Back from checkout: "Confirming your upgrade…" until the webhook has landed, then the premium welcome. It polls;
 * after a few seconds it also asks the gateway about the session (a late webhook), and both paths converge on the same
 * state.
 */
@Route("checkout/return")
@PageTitle("Confirming your upgrade | Back in Shape")
@PermitAll
public class CheckoutReturnView extends Main implements BeforeEnterObserver {

    private static final int ASK_GATEWAY_AFTER_POLLS = 3;
    private static final int SLOW_AFTER_POLLS = 30;

    private final CheckoutService checkout;
    private final Div status = new Div();
    private String sessionId = "";
    private int polls;
    private Registration pollRegistration;

    public CheckoutReturnView(CheckoutService checkout) {
        this.checkout = checkout;
        addClassName("portal-page");
        status.setId("checkout-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("session_id")
                .orElse("");
        show(checkout.progress(sessionId, false));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollRegistration = event.getUI().addPollListener(e -> {
            polls++;
            show(checkout.progress(sessionId, polls >= ASK_GATEWAY_AFTER_POLLS));
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
    }

    private void show(Progress progress) {
        status.removeAll();
        UI ui = UI.getCurrent();
        if (progress.confirmed()) {
            ui.setPollInterval(-1);
            var first = checkout.firstStep();
            var next = new Anchor(first.path(), first.label());
            next.addClassName("portal-button");
            next.setId("first-step");
            status.add(
                    new H1("Welcome to " + progress.tier().label()),
                    new Paragraph(
                            "Your upgrade is confirmed and your strength programmes are unlocked. We have emailed you a confirmation."),
                    new Paragraph(first.explanation()),
                    next,
                    new Paragraph(),
                    new Anchor("/billing", "See your billing details"));
            return;
        }
        ui.setPollInterval(polls > SLOW_AFTER_POLLS ? 5000 : 1000);
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", "Confirming");
        status.add(
                new H1("Confirming your upgrade…"),
                bar,
                new Paragraph(
                        polls > SLOW_AFTER_POLLS
                                ? "This is taking longer than usual. You can leave this page: we will email you as soon as your upgrade is confirmed."
                                : "This usually takes a few seconds."));
    }
}
