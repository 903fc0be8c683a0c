package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms.FormMessage;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.CheckoutService.PlanPrice;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.Plan;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.Map;

/**
 * Free, Premium and Premium Plus side by side, monthly or yearly; choosing a paid plan starts checkout. The cards are
 * built once per visit; switching the billing period only rewrites their prices and savings.
 */
@Route("pricing")
@PageTitle("Plans and prices | Back in Shape")
@Menu(title = "Plans and prices", order = 40)
@AnonymousAllowed
public class PricingView extends Main implements BeforeEnterObserver {

    /** Said before checkout, so nobody pays expecting to start strength training straight away. */
    static final String STRENGTH_AFTER_QUESTIONNAIRE =
            "Strength training starts after the free back-pain questionnaire, "
                    + "which checks that strength work is safe for you.";

    private final CheckoutService checkout;
    private final RadioButtonGroup<Period> period = new RadioButtonGroup<>("Billing period");
    private final Div plans = new Div();
    private final FormMessage message = new FormMessage();
    private final Paragraph joinFirst = new Paragraph();
    private final Map<Tier, Paragraph> prices = new EnumMap<>(Tier.class);
    private final Map<Tier, Paragraph> savings = new EnumMap<>(Tier.class);
    private Tier current = Tier.FREE;
    private boolean signedIn;

    public PricingView(CheckoutService checkout) {
        this.checkout = checkout;
        addClassName("portal-page");
        period.setItems(Period.values());
        period.setItemLabelGenerator(Period::label);
        period.setValue(Period.MONTHLY);
        period.setId("billing-period");
        period.addValueChangeListener(e -> showPrices());
        plans.addClassName("pricing-plans");
        add(
                new H1("Plans and prices"),
                new Paragraph("Start free. Upgrade for strength training when you are ready: "
                        + "your first paid plan begins with a 7-day free trial, and you can cancel at any time."),
                new Paragraph(STRENGTH_AFTER_QUESTIONNAIRE),
                joinFirst,
                period,
                message,
                plans);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = checkout.currentTier();
        signedIn = checkout.isSignedIn();
        // built only for visitors: a member's page does not carry it hidden
        joinFirst.removeAll();
        if (!signedIn) {
            joinFirst.add(
                    new Text("To upgrade, "),
                    new Anchor("/signup", "join free"),
                    new Text(" or "),
                    new Anchor("/login", "sign in"),
                    new Text(" first."));
        }
        joinFirst.setVisible(!signedIn);
        showPlans();
    }

    private void showPlans() {
        plans.removeAll();
        plans.add(
                card(Tier.FREE, "The questionnaire, your personalised stretch programme, session log and pain chart."),
                card(
                        Tier.PREMIUM,
                        "Everything in Free, plus progressive strength-training programmes that adapt to your feedback."),
                card(
                        Tier.PREMIUM_PLUS,
                        "Everything in Premium, plus a monthly video review with a clinic physiotherapist "
                                + "and 10% off clinic treatments."));
        showPrices();
    }

    /** The chosen period's price and yearly saving on each paid card (the cards themselves stay). */
    private void showPrices() {
        prices.get(Tier.FREE).setText("£0");
        for (PlanPrice p : checkout.prices()) {
            if (p.period() == period.getValue()) {
                prices.get(p.tier())
                        .setText(p.amount().format() + " a " + p.period().unit());
                Paragraph saving = savings.get(p.tier());
                saving.setText(
                        p.yearlySaving().isPositive()
                                ? "Save " + p.yearlySaving().format() + " a year"
                                : "");
                saving.setVisible(p.yearlySaving().isPositive());
            }
        }
    }

    private Div card(Tier tier, String description) {
        var card = new Div(new H2(tier.label()));
        card.addClassNames("portal-card", "pricing-plan");
        card.setId("plan-" + tier.name().toLowerCase().replace('_', '-'));
        var amount = new Paragraph();
        amount.addClassName("pricing-price");
        prices.put(tier, amount);
        card.add(amount);
        if (tier.isPaid()) {
            var save = new Paragraph();
            save.addClassName("pricing-saving");
            save.setVisible(false);
            savings.put(tier, save);
            card.add(save);
        }
        card.add(new Paragraph(description));
        if (tier == current && signedIn) {
            card.add(new Paragraph("Your current plan"));
        } else if (tier.isPaid() && !current.isPaid()) {
            var choose = new Button("Choose " + tier.label(), e -> choose(tier));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            choose.setDisableOnClick(true);
            card.add(choose);
        } else if (tier.isPaid()) {
            card.add(new Anchor("/billing", "Change your plan on the billing page"));
        }
        return card;
    }

    /** A visitor who chose a plan joins (or signs in) and comes back to it: the plan travels in the links. */
    private void offerToJoin(Plan plan) {
        var dialog = new Dialog();
        dialog.setId("join-to-upgrade");
        dialog.setHeaderTitle("Join to choose " + plan.tier().label());
        dialog.add(new Paragraph(
                "Create your free account first (or sign in if you have one). You then come straight " + "back to "
                        + plan.tier().label() + ", " + plan.period().label().toLowerCase() + "."));
        var join = new Anchor("/signup?plan=" + plan.key(), "Join free");
        join.addClassName("portal-button");
        join.setId("join-for-plan");
        var signIn = new Anchor("/checkout/start?plan=" + plan.key(), "Sign in");
        signIn.setId("sign-in-for-plan");
        // whole-page loads: the dialog goes, and signing in remembers the page first asked for
        join.getElement().setAttribute("router-ignore", true);
        signIn.getElement().setAttribute("router-ignore", true);
        var close = new Button("Not now", e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                showPlans();
            }
        });
        dialog.getFooter().add(close);
        dialog.add(new Div(join, new Text(" "), signIn));
        dialog.open();
    }

    private void choose(Tier tier) {
        if (!checkout.isSignedIn()) {
            offerToJoin(new Plan(tier, period.getValue()));
            return;
        }
        if (!checkout.isSimulated()) {
            UI.getCurrent()
                    .navigate("checkout/start", QueryParameters.of("plan", new Plan(tier, period.getValue()).key()));
            return;
        }
        try {
            UI.getCurrent().getPage().setLocation(checkout.start(tier, period.getValue()));
        } catch (InvalidInputException e) {
            message.error(String.join(" ", e.errors().values()));
            showPlans();
        }
    }
}
