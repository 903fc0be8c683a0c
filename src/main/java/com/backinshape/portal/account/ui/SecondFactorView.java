package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.account.SecondFactor;
import com.backinshape.portal.account.SecondFactorLockedException;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** An admin's second sign-in step: the code from the authenticator app, or a recovery code. */
@Route("sign-in/code")
@PageTitle("Enter your sign-in code | Back in Shape")
@RolesAllowed(MemberPrincipal.NEEDS_SECOND_FACTOR)
public class SecondFactorView extends Main implements BeforeEnterObserver {

    /** Where an admin goes once signed in with both factors. */
    static final String ADMIN_HOME = "admin";

    private final SecondFactor secondFactor;
    private final TextField code = new TextField("Code");
    private final Forms.FormMessage message = new Forms.FormMessage();

    public SecondFactorView(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        addClassNames("portal-page", "narrow");
        code.setId("code");
        code.setMaxLength(24);
        code.setAutofocus(true);
        code.setHelperText("The 6-digit code your authenticator app shows, or one of your recovery codes");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var verify = new Button("Verify", e -> verify());
        verify.setId("verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        add(
                new H1("Enter your sign-in code"),
                new Paragraph("Admins see members' health data, so signing in takes the code from your "
                        + "authenticator app as well as your password."),
                message,
                code,
                verify);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (secondFactor.pending()) {
            case SET_UP -> event.forwardTo(SecondFactorSetUpView.class);
            case NOTHING -> event.forwardTo(ADMIN_HOME);
            case CODE -> {}
        }
    }

    private void verify() {
        try {
            secondFactor.verify(code.getValue());
            getUI().ifPresent(ui -> ui.navigate(ADMIN_HOME));
        } catch (InvalidInputException e) {
            code.clear();
            Forms.showErrors(e, Map.of("code", code), message);
        } catch (SecondFactorLockedException e) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login?error"));
        }
    }
}
