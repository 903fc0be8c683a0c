package com.backinshape.portal.billing.ui;

import com.backinshape.portal.base.ui.HomeCard;
import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Member home, for free members: what Premium adds, after the cards about their own programme. */
@org.springframework.stereotype.Component
class UpgradeHomeCard implements HomeCard {

    private final BillingService billing;

    UpgradeHomeCard(BillingService billing) {
        this.billing = billing;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean isOffer() {
        return true;
    }

    @Override
    public Optional<Component> card() {
        if (billing.overview().access() != Tier.FREE) {
            return Optional.empty();
        }
        return Optional.of(HomeCard.of(
                "Ready to build strength?",
                "Premium adds a six-week strength programme that moves on as you do, with a 7-day free trial on "
                        + "your first plan.",
                "See Premium",
                "/pricing",
                "see-premium"));
    }
}
