package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.AccountService;
import com.backinshape.portal.account.PasswordService;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.AccountSection;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The member's own account: name, email (confirmed through the new address) and password. */
@Route("account")
@PageTitle("Your account | Back in Shape")
@Menu(title = "Account", order = 90)
@PermitAll
public class AccountView extends Main implements BeforeEnterObserver {

    private final AccountService accounts;
    private final TextField firstName = new TextField("First name");
    private final Paragraph emailNow = new Paragraph();
    private final Paragraph consents = new Paragraph();

    public AccountView(
            AccountService accounts,
            PasswordService passwords,
            List<AccountSection> sections,
            DataRightsSection dataRights) {
        this.accounts = accounts;
        addClassNames("portal-page", "narrow");
        add(new H1("Your account"), nameSection(), emailSection(), passwordSection(passwords), consentsSection());
        sections.stream()
                .sorted(Comparator.comparingInt(AccountSection::order))
                .map(AccountSection::section)
                .forEach(this::add);
        add(dataRights); // downloading, withdrawing consent and closing the account come last
    }

    private Section nameSection() {
        var nameMessage = new Forms.FormMessage();
        firstName.setId("first-name");
        firstName.setMaxLength(Member.FIRST_NAME_MAX);
        firstName.setWidthFull();
        var saveName = new Button("Save name", e -> {
            Forms.clearErrors(Map.of("firstName", firstName), nameMessage);
            try {
                accounts.changeFirstName(firstName.getValue());
                nameMessage.success("Saved.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("firstName", firstName), nameMessage);
            }
        });
        saveName.setId("save-name");
        saveName.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H2("Name"), nameMessage, firstName, saveName);
    }

    private Section emailSection() {
        var emailMessage = new Forms.FormMessage();
        var newEmail = new EmailField("New email");
        newEmail.setId("new-email");
        newEmail.setManualValidation(true);
        newEmail.setMaxLength(Member.EMAIL_MAX);
        newEmail.setWidthFull();
        var emailPassword = new PasswordField("Current password");
        emailPassword.setId("email-current-password");
        emailPassword.setWidthFull();
        Map<String, HasValidation> emailFields = Map.of("newEmail", newEmail, "currentPassword", emailPassword);
        var changeEmail = new Button("Change email", e -> {
            Forms.clearErrors(emailFields, emailMessage);
            try {
                accounts.requestEmailChange(newEmail.getValue(), emailPassword.getValue(), Forms.clientAddress());
                emailMessage.success("We've sent a link to "
                        + newEmail.getValue().strip() + ". Your email changes when you open it and confirm.");
                emailPassword.clear();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, emailFields, emailMessage);
            } catch (RateLimitedException ex) {
                emailMessage.error(ex.getMessage());
            }
        });
        changeEmail.setId("change-email");
        changeEmail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H2("Email"), emailNow, emailMessage, newEmail, emailPassword, changeEmail);
    }

    private static Section passwordSection(PasswordService passwords) {
        var passwordMessage = new Forms.FormMessage();
        var current = new PasswordField("Current password");
        current.setId("current-password");
        current.setWidthFull();
        var next = new PasswordField("New password");
        next.setId("new-password");
        next.setHelperText("At least 10 characters.");
        next.setWidthFull();
        Map<String, HasValidation> passwordFields = Map.of("currentPassword", current, "newPassword", next);
        var changePassword = new Button("Change password", e -> {
            Forms.clearErrors(passwordFields, passwordMessage);
            try {
                String sessionId = VaadinSession.getCurrent().getSession().getId();
                passwords.changePassword(current.getValue(), next.getValue(), sessionId);
                passwordMessage.success("Password changed. You've been signed out on your other devices.");
                current.clear();
                next.clear();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, passwordFields, passwordMessage);
            }
        });
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H2("Password"), passwordMessage, current, next, changePassword);
    }

    private Section consentsSection() {
        consents.addClassName("portal-small");
        return new Section(new H2("What you agreed to"), consents);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var profile = accounts.profile();
        firstName.setValue(profile.firstName());
        emailNow.setText("Your email: " + profile.email()
                + (profile.pendingEmail() == null
                        ? ""
                        : " (waiting for you to confirm " + profile.pendingEmail() + ")"));
        consents.setText("Terms and privacy notice version " + profile.termsVersion() + ", accepted "
                + TimeConfig.DATE_TIME.format(profile.termsAcceptedAt()) + ". Use of your health information, version "
                + profile.healthConsentVersion() + ", agreed " + TimeConfig.DATE_TIME.format(profile.healthConsentAt())
                + ".");
    }
}
