package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.InvalidLinkException;
import com.backinshape.portal.account.PasswordService;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** The page a reset link opens: choose a new password. Opening it uses nothing; the button does. */
@Route("reset-password")
@PageTitle("Choose a new password | Back in Shape")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordService passwords;
    private final Div body = new Div();
    private final Forms.FormMessage message = new Forms.FormMessage();

    public ResetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassNames("portal-page", "narrow");
        add(new H1("Choose a new password"), message, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        body.removeAll();
        try {
            passwords.checkResetLink(token);
        } catch (InvalidLinkException e) {
            showInvalid(e);
            return;
        }
        var password = new PasswordField("New password");
        password.setId("new-password");
        password.setHelperText("At least 10 characters.");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setWidthFull();
        var save = new Button("Set new password");
        save.setId("set-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                passwords.resetPassword(token, password.getValue());
                UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("reset", ""));
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("password", password), message);
                save.setEnabled(true);
            } catch (InvalidLinkException ex) {
                showInvalid(ex);
            }
        });
        body.add(password, save);
    }

    private void showInvalid(InvalidLinkException e) {
        body.removeAll();
        message.error(e.getMessage());
        body.add(new Anchor("/forgot-password", "Ask for a new reset link"));
    }
}
