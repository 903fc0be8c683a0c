package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms.FormMessage;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Plan;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The step between choosing a plan ({@code /checkout/start?plan=premium-monthly}) and paying. A visitor who chose a
 * plan comes here after joining or signing in. It says what the member is buying; with Stripe, "Continue to payment"
 * then opens Stripe's checkout (the simulated checkout page shows the same summary itself).
 */
@Route("checkout/start")
@PageTitle("Your plan | Back in Shape")
@PermitAll
public class CheckoutStartView extends Main implements BeforeEnterObserver {

    private final CheckoutService checkout;
    private final Div content = new Div();
    private final FormMessage message = new FormMessage();

    public CheckoutStartView(CheckoutService checkout) {
        this.checkout = checkout;
        addClassName("portal-page");
        add(new H1("Your plan"), message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var plan = Plan.fromKey(event.getLocation()
                .getQueryParameters()
                .getSingleParameter("plan")
                .orElse(null));
        if (plan.isEmpty()) {
            event.forwardTo(PricingView.class);
            return;
        }
        if (checkout.isSimulated()) {
            start(plan.get());
            return;
        }
        var card = new Div(
                new CheckoutSummary(
                        checkout.summary(plan.get().tier(), plan.get().period())),
                new Paragraph(PricingView.STRENGTH_AFTER_QUESTIONNAIRE));
        card.addClassName("portal-card");
        var pay = new Button("Continue to payment", e -> start(plan.get()));
        pay.setId("continue-to-payment");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        content.removeAll();
        content.add(card, pay, new Paragraph(new Anchor("/pricing", "Choose another plan")));
    }

    private void start(Plan plan) {
        try {
            UI.getCurrent().getPage().setLocation(checkout.start(plan.tier(), plan.period()));
        } catch (InvalidInputException e) {
            message.error(String.join(" ", e.errors().values()));
            content.removeAll();
            content.add(new Paragraph(new Anchor("/billing", "Go to your billing page")));
        }
    }
}
