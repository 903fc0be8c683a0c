package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.GrantLength;
import com.backinshape.portal.admin.MemberBilling;
import com.backinshape.portal.admin.MemberBilling.BillingFile;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.ComplimentaryPremium.Grant;
import com.backinshape.portal.billing.PaymentsDuringGrant;
import com.backinshape.portal.billing.SubscriptionAdministration.Subscription;
import com.backinshape.portal.billing.SubscriptionAdministration.TimelineEntry;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The member's premium: tier, subscription, grants and timeline, and the billing actions behind a reason. */
class BillingPanel extends Div {

    private final MemberBilling billing;
    private final Runnable changed;
    private final Paragraph summary = new Paragraph();
    private final FlexLayout actions = new FlexLayout();
    private final Grid<TimelineEntry> timeline = new Grid<>(TimelineEntry.class, false);
    private long memberId;

    BillingPanel(MemberBilling billing, Runnable changed) {
        this.billing = billing;
        this.changed = changed;
        setId("billing");
        summary.setId("tier");
        actions.setId("billing-actions");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        timeline.setId("timeline");
        timeline.addColumn(t -> TimeConfig.DATE_TIME.format(t.at())).setHeader("When");
        timeline.addColumn(TimelineEntry::what).setHeader("What").setFlexGrow(2);
        timeline.addColumn(TimelineEntry::status).setHeader("Status");
        timeline.setAllRowsVisible(true);
        AdminGrids.sizedToContent(timeline);
        add(summary, actions, timeline);
    }

    void show(long id, boolean erased) {
        memberId = id;
        BillingFile file = billing.file(id);
        Subscription s = file.subscription();
        summary.setText("Tier: " + s.access().label()
                + (s.status() == null
                        ? "; no subscription"
                        : "; subscription: "
                                + (s.tier() == null || s.period() == null
                                        ? ""
                                        : s.tier().label() + " "
                                                + s.period().label().toLowerCase() + ", ")
                                + s.status().label()
                                + (s.amount() == null ? "" : ", " + s.amount().format())
                                + (s.currentPeriodEnd() == null
                                        ? ""
                                        : (s.cancelAtPeriodEnd() ? ", ends " : ", renews ")
                                                + TimeConfig.DATE.format(s.currentPeriodEnd())))
                + grants(file));
        timeline.setItems(file.timeline());
        actions.removeAll();
        if (erased) {
            return;
        }
        actions.add(grantButton(s));
        for (Grant g : file.activeGrants()) {
            actions.add(action(
                    "revoke-" + g.id(),
                    "Revoke " + g.tier().label() + " grant",
                    "Complimentary premium ends now.",
                    d -> d,
                    r -> billing.revoke(memberId, g.id(), r)));
        }
        if (s.isHeld()) {
            if (!s.cancelAtPeriodEnd()) {
                actions.add(action(
                        "cancel-at-period-end",
                        "Cancel at period end",
                        "Premium stays until the period ends; no " + "further payment.",
                        d -> d,
                        r -> billing.cancel(memberId, true, r)));
            }
            actions.add(action(
                    "cancel-now",
                    "Cancel now",
                    "The subscription and premium end now.",
                    d -> d,
                    r -> billing.cancel(memberId, false, r)));
        }
        if (s.hasPayment()) {
            var amount = new BigDecimalField("Amount in GBP");
            amount.setId("refund-amount");
            amount.setPrefixComponent(new Div("£"));
            amount.setHelperText("Leave empty to refund the whole payment"
                    + (s.amount() == null ? "." : " of " + s.amount().format() + "."));
            actions.add(action(
                    "refund",
                    "Refund last payment",
                    "The refund goes back to the member's card.",
                    d -> d.with("amount", amount),
                    r -> billing.refund(memberId, amount.getValue(), r)));
        }
    }

    /** The summary's mention of complimentary premium, e.g. "; complimentary Premium until 28 December 2026". */
    private static String grants(BillingFile file) {
        return file.activeGrants().stream()
                .map(g -> "; complimentary " + g.tier().label() + " until "
                        + TimeConfig.DATE.format(g.validUntil())
                        + (g.payments() == null
                                ? ""
                                : " (" + g.payments().label().toLowerCase() + ")"))
                .collect(Collectors.joining());
    }

    private Button grantButton(Subscription s) {
        var tier = new Select<Tier>();
        tier.setLabel("Tier");
        tier.setId("grant-tier");
        tier.setItems(Tier.PREMIUM, Tier.PREMIUM_PLUS);
        tier.setItemLabelGenerator(Tier::label);
        tier.setValue(Tier.PREMIUM);
        var length = new Select<GrantLength>();
        length.setLabel("For");
        length.setId("grant-length");
        length.setItems(GrantLength.values());
        length.setItemLabelGenerator(GrantLength::label);
        length.setValue(GrantLength.ONE_MONTH);
        String explanation = "Gives the same access as paid premium; it ends by itself.";
        if (!s.isHeld() || s.cancelAtPeriodEnd()) {
            return action(
                    "grant",
                    "Grant complimentary premium",
                    explanation,
                    d -> d.with("tier", tier).with("length", length),
                    r -> billing.grant(memberId, tier.getValue(), length.getValue(), r, null));
        }
        var payments = new Select<PaymentsDuringGrant>();
        payments.setLabel("Their subscription meanwhile");
        payments.setId("grant-payments");
        payments.setItems(PaymentsDuringGrant.values());
        payments.setItemLabelGenerator(PaymentsDuringGrant::label);
        payments.setValue(PaymentsDuringGrant.MOVE_RENEWAL);
        payments.setWidthFull();
        explanation += " This member pays for " + s.tier().label() + " ("
                + (s.amount() == null
                        ? ""
                        : s.amount().format() + " a " + s.period().unit() + ", ") + "next renewal "
                + (s.currentPeriodEnd() == null ? "unknown" : TimeConfig.DATE.format(s.currentPeriodEnd()))
                + "): unless you change it, that renewal is charged during "
                + "the grant. Moving the renewal adds the grant's length to it; pausing takes no payment until the grant ends.";
        return action(
                "grant",
                "Grant complimentary premium",
                explanation,
                d -> d.with("tier", tier).with("length", length).with("payments", payments),
                r -> billing.grant(memberId, tier.getValue(), length.getValue(), r, payments.getValue()));
    }

    private Button action(
            String id,
            String label,
            String explanation,
            java.util.function.UnaryOperator<ReasonDialog> fields,
            Consumer<String> run) {
        var button = new Button(
                label,
                e -> fields.apply(new ReasonDialog(label, explanation, r -> {
                            run.accept(r);
                            Notification.show(label + ": done.");
                            changed.run();
                        }))
                        .open());
        button.setId(id);
        return button;
    }
}
