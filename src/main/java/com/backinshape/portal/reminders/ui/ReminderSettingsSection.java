package com.backinshape.portal.reminders.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.AccountSection;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.reminders.ReminderService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Map;

/** "Programme reminders" on the account page: on or off (off by default), the days, and a London time. */
@org.springframework.stereotype.Component
class ReminderSettingsSection implements AccountSection {

    private final ReminderService reminders;

    ReminderSettingsSection(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component section() {
        return form(reminders, "reminders", new H2("Programme reminders"));
    }

    /** The reminders form, also offered once on member home. */
    static Section form(ReminderService reminders, String idPrefix, Component heading) {
        var choice = reminders.current();
        var message = new Forms.FormMessage();
        var on = new Checkbox("Email me a reminder", choice.on());
        on.setId(idPrefix + "-on");
        var days = new CheckboxGroup<DayOfWeek>("Days of the week");
        days.setId(idPrefix + "-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, TimeConfig.EN_GB));
        days.setValue(choice.days());
        var time = new TimePicker("Time of day (UK time)");
        time.setId(idPrefix + "-time");
        time.setStep(Duration.ofMinutes(15));
        time.setLocale(TimeConfig.EN_GB);
        time.setValue(choice.time());
        Map<String, HasValidation> fields = Map.of("days", days, "time", time);
        var save = new Button("Save reminders", e -> {
            Forms.clearErrors(fields, message);
            try {
                reminders.choose(
                        on.getValue(),
                        days.getValue() == null ? EnumSet.noneOf(DayOfWeek.class) : days.getValue(),
                        time.getValue());
                message.success(
                        on.getValue()
                                ? "Saved. We'll email you a link to your programme on the days you chose."
                                : "Saved. Reminders are off.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, fields, message);
            }
        });
        save.setId(idPrefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var intro = new Paragraph(
                choice.unsubscribed()
                        ? "You unsubscribed from reminders. Turn them on again here whenever you like."
                        : "An email on the days you choose, with a link straight to today's programme.");
        var section = new Section(heading, intro, message, on, days, time, save);
        section.setId(idPrefix + "-section");
        return section;
    }
}
