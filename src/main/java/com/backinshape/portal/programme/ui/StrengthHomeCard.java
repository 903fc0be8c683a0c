package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.ui.HomeCard;
import com.backinshape.portal.programme.StrengthService;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Member home, for premium members: this week's strength session. */
@org.springframework.stereotype.Component
class StrengthHomeCard implements HomeCard {

    private final StrengthService strength;

    StrengthHomeCard(StrengthService strength) {
        this.strength = strength;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Component> card() {
        if (!strength.preview().unlocked()) {
            return Optional.empty();
        }
        var week = strength.thisWeek();
        if (week.state() != StrengthService.State.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(HomeCard.of(
                "This week's strength session",
                week.programme() + ", week " + week.week() + " of " + week.totalWeeks() + " (" + week.phaseName()
                        + "): " + week.exercises().size() + " exercises.",
                "Open this week's session",
                "/strength",
                "open-strength"));
    }
}
