package com.backinshape.portal.reminders.ui;

import com.backinshape.portal.base.ui.HomeCard;
import com.backinshape.portal.reminders.ReminderService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import java.util.Optional;

/** Member home, once, after the first programme is ready: "Programme reminders", off until chosen. */
@org.springframework.stereotype.Component
class ReminderOfferCard implements HomeCard {

    private final ReminderService reminders;

    ReminderOfferCard(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Component> card() {
        if (!reminders.offerOnce()) {
            return Optional.empty();
        }
        var card = ReminderSettingsSection.form(reminders, "offer-reminders", new H2("Programme reminders"));
        card.addClassName("portal-card");
        return Optional.of(card);
    }
}
