package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.SignupService.SignupRequest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** "Join free": first name, email, password and the two consents. */
@Route("signup")
@PageTitle("Join free | Back in Shape")
@AnonymousAllowed
public class SignupView extends Main implements BeforeEnterObserver {

    private final SignupService signup;
    private final TextField firstName = new TextField("First name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final Checkbox terms = new Checkbox("I agree to the terms of membership and the privacy notice");
    private final Checkbox adult = new Checkbox("I confirm I am 18 or over");
    private final Checkbox health =
            new Checkbox("I consent to Back in Shape using my answers about my back and health to build my programme");
    private final Checkbox marketing = new Checkbox("Send me occasional news and offers by email (optional)");
    private final Button create = new Button("Create free account");
    private final Forms.FormMessage message = new Forms.FormMessage();
    private final Map<String, HasValidation> fields = Map.of(
            "firstName",
            firstName,
            "email",
            email,
            "password",
            password,
            "terms",
            terms,
            "health",
            health,
            "adult",
            adult);
    private @Nullable String ref;
    private @Nullable String utmSource;
    private @Nullable String utmMedium;
    private @Nullable String utmCampaign;

    private final AuthenticationContext auth;

    public SignupView(SignupService signup, AuthenticationContext auth) {
        this.signup = signup;
        this.auth = auth;
        addClassNames("portal-page", "narrow");

        firstName.setId("first-name");
        firstName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.GIVEN_NAME);
        firstName.setMaxLength(Member.FIRST_NAME_MAX);
        email.setId("email");
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setMaxLength(Member.EMAIL_MAX);
        email.setManualValidation(true);
        password.setId("password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 10 characters. A few unrelated words work well.");
        terms.setId("terms");
        health.setId("health");
        marketing.setId("marketing");
        adult.setId("adult");
        for (var field : new com.vaadin.flow.component.HasSize[] {firstName, email, password}) {
            field.setWidthFull();
        }

        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.setWidthFull();
        create.setDisableOnClick(true);
        create.addClickListener(e -> submit());
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        var legal = new Paragraph(
                new Span("Read the "),
                new Anchor("/terms", "terms of membership"),
                new Span(" and the "),
                new Anchor("/privacy", "privacy notice"),
                new Span(". Your answers about your health are seen only by you, and by clinic staff only when "
                        + "they need to help you."));
        legal.addClassName("portal-small");

        add(
                new H1("Join free"),
                new Paragraph("Get a stretch programme made for your back, and track how it feels week by week."),
                message,
                firstName,
                email,
                password,
                adult,
                terms,
                health,
                marketing,
                legal,
                create,
                new Paragraph(new Span("Already a member? "), new Anchor("/login", "Sign in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        ref = query.getSingleParameter("ref").orElse(null);
        utmSource = query.getSingleParameter("utm_source").orElse(null);
        utmMedium = query.getSingleParameter("utm_medium").orElse(null);
        utmCampaign = query.getSingleParameter("utm_campaign").orElse(null);
        AfterJoining.rememberPlan(query.getSingleParameter("plan").orElse(null));
    }

    private void submit() {
        Forms.clearErrors(fields, message);
        try {
            signup.signUp(
                    new SignupRequest(
                            firstName.getValue(),
                            email.getValue(),
                            password.getValue(),
                            terms.getValue(),
                            health.getValue(),
                            ref,
                            utmSource,
                            utmMedium,
                            utmCampaign,
                            adult.getValue(),
                            marketing.getValue()),
                    Forms.clientAddress());
            String address = email.getValue().strip();
            UI.getCurrent().navigate(VerifyView.class).ifPresent(view -> view.showLinkSentTo(address));
        } catch (InvalidInputException e) {
            Forms.showErrors(e, fields, message);
            create.setEnabled(true);
        } catch (RateLimitedException e) {
            message.error(e.getMessage());
            create.setEnabled(true);
        }
    }
}
