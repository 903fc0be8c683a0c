package com.backinshape.portal.billing.ui;

import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.Money;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.Plan;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Switch tier or period: the prorated amount is shown before "Confirm change". */
class PlanChangeForm extends Div {

    private final BillingService billing;
    private final Select<Plan> plan = new Select<>();
    private final Paragraph preview = new Paragraph();
    private final Button confirm = new Button("Confirm change");

    PlanChangeForm(BillingService billing, Tier currentTier, Period currentPeriod, Consumer<Plan> onConfirm) {
        this.billing = billing;
        addClassName("portal-card");
        List<Plan> others = new ArrayList<>();
        for (Tier t : List.of(Tier.PREMIUM, Tier.PREMIUM_PLUS)) {
            for (Period p : Period.values()) {
                if (t != currentTier || p != currentPeriod) {
                    others.add(new Plan(t, p));
                }
            }
        }
        plan.setLabel("Change plan to");
        plan.setId("change-plan");
        plan.setItems(others);
        plan.setItemLabelGenerator(
                p -> p.tier().label() + ", " + p.period().label().toLowerCase() + " – "
                        + billing.price(p).format() + " a " + p.period().unit());
        plan.setPlaceholder("Choose a plan");
        plan.addValueChangeListener(e -> showPreview());
        preview.setId("change-preview");
        confirm.setId("confirm-change");
        confirm.setEnabled(false);
        confirm.addClickListener(e -> onConfirm.accept(plan.getValue()));
        add(new H2("Change plan"), plan, preview, confirm);
    }

    private void showPreview() {
        Plan chosen = plan.getValue();
        confirm.setEnabled(chosen != null);
        if (chosen == null) {
            preview.setText("");
            return;
        }
        Money due = billing.previewSwitch(chosen.tier(), chosen.period());
        preview.setText(
                due.isPositive()
                        ? "You pay " + due.format() + " now for the rest of this period (prorated), then the new price."
                        : due.minor() < 0
                                ? "The unused part of your current plan, "
                                        + due.times(-1).format() + ", is credited to your next payments."
                                : "Nothing to pay now; the new price applies from your next payment.");
    }
}
