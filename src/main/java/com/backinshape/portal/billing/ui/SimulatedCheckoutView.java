package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.base.ui.Forms.FormMessage;
import com.backinshape.portal.billing.CheckoutService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Simulated mode's stand-in for Stripe Checkout: clearly a test, no real payment. */
@Route("checkout/simulated")
@PageTitle("Test checkout | Back in Shape")
@PermitAll
public class SimulatedCheckoutView extends Main implements BeforeEnterObserver {

    private final CheckoutService checkout;
    private final TextField cardNumber = new TextField("Card number");
    private final FormMessage message = new FormMessage();
    private final Div summary = new Div();
    private final Button pay = new Button("Pay", e -> pay());
    private String sessionId = "";

    public SimulatedCheckoutView(CheckoutService checkout) {
        this.checkout = checkout;
        addClassName("portal-page");
        var banner = new Div("Test checkout: no real payment");
        banner.addClassName("test-mode-banner");
        banner.setId("test-checkout-banner");
        cardNumber.setId("card-number");
        cardNumber.setHelperText("4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined.");
        cardNumber.setMaxLength(23);
        cardNumber.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        cardNumber.setRequiredIndicatorVisible(true);
        cardNumber.setWidthFull();
        cardNumber.addClassName("card-number");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.addClickShortcut(Key.ENTER);
        pay.setId("pay");
        var form = new Div(cardNumber, message, pay);
        form.addClassName("portal-card");
        add(
                banner,
                new H1("Checkout"),
                summary,
                new Paragraph("Payments are simulated on this server: no card is charged."),
                form,
                new Anchor("/pricing", "Cancel and go back to the plans"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("session")
                .orElse("");
        if (!checkout.isSimulated() || sessionId.isBlank()) {
            event.forwardTo(PricingView.class);
            return;
        }
        summary.removeAll();
        checkout.summaryOfCheckout(sessionId).ifPresent(s -> {
            summary.add(
                    new H2("You are buying"),
                    new CheckoutSummary(s),
                    new Paragraph(PricingView.STRENGTH_AFTER_QUESTIONNAIRE));
            summary.addClassName("portal-card");
        });
    }

    private void pay() {
        Forms.clearErrors(Map.of("cardNumber", cardNumber), message);
        try {
            String returnUrl = checkout.paySimulated(sessionId, cardNumber.getValue());
            UI.getCurrent().getPage().setLocation(returnUrl);
        } catch (InvalidInputException e) {
            Forms.showErrors(e, Map.of("cardNumber", cardNumber), message);
        }
    }
}
