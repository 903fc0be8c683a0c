package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.AccountService;
import com.backinshape.portal.account.InvalidLinkException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The page the change-email link opens: the button confirms the new address. */
@Route("account/confirm-email")
@PageTitle("Confirm your new email | Back in Shape")
@AnonymousAllowed
public class ConfirmEmailChangeView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final Div body = new Div();
    private final Forms.FormMessage message = new Forms.FormMessage();

    public ConfirmEmailChangeView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("portal-page", "narrow");
        add(new H1("Confirm your new email"), message, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        body.removeAll();
        var confirm = new Button("Confirm my new email");
        confirm.setId("confirm-new-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                String email = accounts.confirmEmailChange(token);
                body.removeAll();
                message.success("Done: your email is now " + email + ". Use it next time you sign in.");
                body.add(new Anchor("/home", "Go to your home page"));
            } catch (InvalidLinkException ex) {
                message.error(ex.getMessage());
                body.removeAll();
                body.add(new Anchor("/account", "Go to your account to try again"));
            }
        });
        body.add(confirm);
    }
}
