package com.backinshape.portal.billing.ui;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.LayoutBanner;
import com.backinshape.portal.billing.BillingService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** On every page of a past-due member: the payment failed, premium stays until a date, fix the card here. */
@org.springframework.stereotype.Component
class PastDueBanner implements LayoutBanner {

    private final BillingService billing;
    private final CurrentMember currentMember;

    PastDueBanner(BillingService billing, CurrentMember currentMember) {
        this.billing = billing;
        this.currentMember = currentMember;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> banner() {
        if (currentMember.principal().isEmpty()) {
            return Optional.empty();
        }
        return billing.pastDueUntil().map(until -> {
            var banner = new Div(
                    new Span("Your last payment did not go through. Premium stays until "
                            + TimeConfig.DATE.format(until) + " while we try again: "),
                    new Anchor("/billing", "update your card"));
            banner.addClassName("billing-banner");
            banner.setId("past-due-banner");
            banner.getElement().setAttribute("role", "alert");
            return banner;
        });
    }
}
