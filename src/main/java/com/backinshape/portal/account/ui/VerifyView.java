package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.InvalidLinkException;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.account.SignIn;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Email verification. With {@code ?token=} it shows a "Confirm my email" button, and only the button uses the link
 * (mail scanners open links by themselves). Without it, it is the "check your inbox" page with "Send a new link"; an
 * unverified member who signs in sees only this page.
 */
@Route("verify")
@PageTitle("Confirm your email | Back in Shape")
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver {

    private final SignupService signup;
    private final CurrentMember currentMember;
    private final SignIn signIn;
    private final H1 title = new H1();
    private final Div body = new Div();
    private final Forms.FormMessage message = new Forms.FormMessage();

    public VerifyView(SignupService signup, CurrentMember currentMember, SignIn signIn) {
        this.signup = signup;
        this.currentMember = currentMember;
        this.signIn = signIn;
        addClassNames("portal-page", "narrow");
        add(title, message, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getLocation().getQueryParameters().getSingleParameter("token");
        boolean signedInConfirmed =
                currentMember.principal().filter(MemberPrincipal::verified).isPresent();
        if (token.isPresent() && (signedInConfirmed || signup.isVerificationLinkOfConfirmedMember(token.get()))) {
            showAlreadyConfirmed();
        } else if (token.isPresent()) {
            showConfirm(token.get());
        } else {
            showCheckInbox(currentMember
                    .principal()
                    .filter(p -> !p.verified())
                    .map(MemberPrincipal::email)
                    .orElse(null));
        }
    }

    /** After signup: the address the link went to. */
    void showLinkSentTo(String email) {
        showCheckInbox(email);
    }

    private void showConfirm(String token) {
        title.setText("Confirm your email");
        body.removeAll();
        try {
            signup.checkVerificationLink(token);
        } catch (InvalidLinkException e) {
            showInvalidLink(e);
            return;
        }
        var confirm = new Button("Confirm my email");
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                signIn.signIn(signup.confirmEmail(token));
                UI.getCurrent().getPage().setLocation(AfterJoining.nextPage());
            } catch (InvalidLinkException ex) {
                showInvalidLink(ex);
            }
        });
        body.add(new Paragraph("One last step: press the button to confirm this is your email address."), confirm);
    }

    /** The link opened again after the email was confirmed: nothing left to do but go home. */
    private void showAlreadyConfirmed() {
        title.setText("Your email is already confirmed");
        body.removeAll();
        var home = new Anchor("/home", "Go to my home");
        home.addClassName("portal-button");
        home.setId("already-confirmed-home");
        var text = new Paragraph("There is nothing more to do with this link: your member area is ready.");
        text.setId("already-confirmed");
        body.add(text, home);
    }

    private void showInvalidLink(InvalidLinkException e) {
        title.setText("This link can't be used");
        body.removeAll();
        message.error(e.getMessage() + " You can ask for a new link below.");
        body.add(resendForm(null));
    }

    private void showCheckInbox(@Nullable String email) {
        title.setText("Check your inbox");
        body.removeAll();
        String where = email == null ? "your email address" : email;
        var text = new Paragraph("We've sent a link to " + where + ". Open it to confirm your email and reach your "
                + "member area. The link works for 24 hours; check your spam folder if it hasn't arrived.");
        text.setId("check-inbox");
        body.add(text, resendForm(email));
    }

    private Div resendForm(@Nullable String knownEmail) {
        var form = new Div();
        form.addClassName("portal-form");
        var resend = new Button("Send a new link");
        resend.setId("resend-link");
        boolean signedInUnverified =
                currentMember.principal().filter(p -> !p.verified()).isPresent();
        var email = new EmailField("Email");
        email.setManualValidation(true);
        email.setWidthFull();
        if (knownEmail != null) {
            email.setValue(knownEmail);
        }
        if (!signedInUnverified) {
            form.add(email);
        }
        resend.addClickListener(e -> {
            message.clear();
            email.setInvalid(false);
            try {
                if (signedInUnverified) {
                    signup.resendVerificationForCurrentMember(Forms.clientAddress());
                } else {
                    signup.resendVerification(email.getValue(), Forms.clientAddress());
                }
                message.success("If that address is waiting to be confirmed, a new link is on its way.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("email", email), message);
            } catch (RateLimitedException ex) {
                message.error(ex.getMessage());
            }
        });
        form.add(resend);
        return form;
    }
}
