package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.CheckoutService.Summary;
import com.vaadin.flow.component.html.DescriptionList;

/** What a checkout buys, said before paying: plan, price and period, the free trial's end and the first charge. */
class CheckoutSummary extends DescriptionList {

    CheckoutSummary(Summary s) {
        setId("checkout-summary");
        addClassName("billing-facts");
        String price = s.amount().format() + " a " + s.plan().period().unit();
        fact("Plan", s.plan().tier().label() + ", " + s.plan().period().label().toLowerCase());
        fact("Price", price);
        if (s.trialEnd() != null) {
            fact("Free trial until", TimeConfig.DATE.format(s.trialEnd()));
            fact(
                    "First payment",
                    s.amount().format() + " on " + TimeConfig.DATE.format(s.firstCharge()) + ", then " + price
                            + " until you cancel");
        } else {
            fact("First payment", s.amount().format() + " today, then " + price + " until you cancel");
        }
    }

    private void fact(String term, String description) {
        add(new Term(term), new Description(description));
    }
}
