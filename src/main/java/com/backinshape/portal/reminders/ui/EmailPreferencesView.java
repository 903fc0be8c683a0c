package com.backinshape.portal.reminders.ui;

import com.backinshape.portal.reminders.EmailPreferences;
import com.backinshape.portal.reminders.InvalidPreferenceLinkException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Email preferences from the link in an email's footer, without signing in: what the member gets and one button to stop
 * it. Account and payment emails stay.
 */
@Route("email-preferences")
@PageTitle("Email preferences | Back in Shape")
@AnonymousAllowed
public class EmailPreferencesView extends Main implements BeforeEnterObserver {

    private final EmailPreferences preferences;

    public EmailPreferencesView(EmailPreferences preferences) {
        this.preferences = preferences;
        addClassNames("portal-page", "narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Email preferences"));
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        try {
            var state = preferences.state(token);
            var status = new Paragraph(
                    state.remindersOn()
                            ? "You get programme reminders by email."
                            : state.unsubscribed()
                                    ? "You're unsubscribed from programme reminders and other non-essential emails."
                                    : "You get no programme reminders.");
            status.setId("preferences-status");
            var unsubscribe = new Button("Unsubscribe", e -> {
                try {
                    preferences.unsubscribe(token);
                    status.setText("You're unsubscribed. You'll get no more programme reminders or other non-essential "
                            + "emails. Emails about your account and payments still come.");
                    e.getSource().setVisible(false);
                } catch (InvalidPreferenceLinkException ex) {
                    status.setText(ex.getMessage());
                }
            });
            unsubscribe.setId("unsubscribe");
            unsubscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            unsubscribe.setVisible(!state.unsubscribed());
            add(
                    status,
                    new Paragraph("Emails about your account and payments always come; they are not affected."),
                    unsubscribe);
        } catch (InvalidPreferenceLinkException e) {
            var message = new Paragraph(e.getMessage());
            message.setId("preferences-status");
            add(message);
        }
        add(new Anchor("/account", "Choose reminders on your account page"));
    }
}
