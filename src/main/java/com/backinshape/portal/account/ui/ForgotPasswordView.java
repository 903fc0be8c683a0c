package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.PasswordService;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** "Forgot your password?": emails a single-use reset link valid for one hour. */
@Route("forgot-password")
@PageTitle("Reset your password | Back in Shape")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    public ForgotPasswordView(PasswordService passwords) {
        addClassNames("portal-page", "narrow");
        var email = new EmailField("Email");
        email.setId("email");
        email.setManualValidation(true);
        email.setMaxLength(Member.EMAIL_MAX);
        email.setWidthFull();
        var message = new Forms.FormMessage();
        var send = new Button("Send reset link");
        send.setId("send-reset");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            Forms.clearErrors(Map.of("email", email), message);
            try {
                passwords.requestReset(email.getValue(), Forms.clientAddress());
                message.success("If an account uses that address, we've emailed it a link to choose a new "
                        + "password. The link works for one hour.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("email", email), message);
            } catch (RateLimitedException ex) {
                message.error(ex.getMessage());
            }
            send.setEnabled(true);
        });
        add(
                new H1("Reset your password"),
                new Paragraph("Enter the email you joined with and we'll send you a link to choose a new password."),
                message,
                email,
                send,
                new Paragraph(new Anchor("/login", "Back to sign in")));
    }
}
