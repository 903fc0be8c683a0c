package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.AccountClosure;
import com.backinshape.portal.account.HealthConsent;
import com.backinshape.portal.account.PersonalDataExport;
import com.backinshape.portal.account.RateLimitedException;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.springframework.context.annotation.Scope;

/**
 * "Your data" on the account page: download everything the portal holds about the member, and withdraw (or give again)
 * consent to the use of their health information, and close the account.
 */
@SpringComponent
@Scope("prototype")
public class DataRightsSection extends Section {

    private final PersonalDataExport exports;
    private final HealthConsent consent;
    private final AccountClosure closure;
    private final AuthenticationContext auth;
    private final Forms.FormMessage downloadMessage = new Forms.FormMessage();
    private final Div downloadLink = new Div();
    private final Forms.FormMessage consentMessage = new Forms.FormMessage();
    private final Paragraph consentState = new Paragraph();
    private final Button withdraw = new Button("Withdraw health-data consent", e -> confirmWithdrawal());
    private final Button giveAgain = new Button("Give consent again", e -> giveAgain());

    DataRightsSection(
            PersonalDataExport exports, HealthConsent consent, AccountClosure closure, AuthenticationContext auth) {
        this.exports = exports;
        this.consent = consent;
        this.closure = closure;
        this.auth = auth;
        setId("data-rights");
        var download = new Button("Download my data", e -> prepareDownload());
        download.setId("download-data");
        withdraw.setId("withdraw-consent");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        giveAgain.setId("give-consent");
        add(
                new H2("Your data"),
                new Paragraph("One ZIP file with everything we hold about you: your profile and consents, every "
                        + "questionnaire's answers and results, your programmes and logs, video review requests, "
                        + "subscription and payments, the emails we sent you, and who at the clinic looked at your "
                        + "health answers, when and why."),
                downloadMessage,
                download,
                downloadLink,
                new H2("Your health information"),
                consentState,
                consentMessage,
                withdraw,
                giveAgain,
                closeAccount());
        showConsent();
    }

    private void prepareDownload() {
        downloadMessage.clear();
        downloadLink.removeAll();
        try {
            String ticket = exports.requestOwn();
            DownloadHandler zip = event -> {
                event.setFileName("back-in-shape-my-data.zip");
                event.setContentType("application/zip");
                exports.write(ticket, event.getOutputStream());
            };
            var save = new Anchor(zip, "Save your data (ZIP)");
            save.setId("save-data");
            downloadLink.add(save);
            downloadMessage.success("Your file is ready. The link works once, for the next 10 minutes.");
        } catch (RateLimitedException ex) {
            downloadMessage.error(ex.getMessage());
        }
    }

    private void showConsent() {
        boolean given = consent.isGiven();
        consentState.setText(
                given
                        ? "You agreed that we use your health information for your questionnaire and programmes. If you "
                                + "withdraw this consent, we delete every answer, result, log and note and stop your programmes."
                        : "You withdrew consent to the use of your health information. " + HealthConsent.STILL_WORKS);
        withdraw.setVisible(given);
        giveAgain.setVisible(!given);
    }

    private void confirmWithdrawal() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Withdraw health-data consent?");
        dialog.add(
                new Paragraph("We will delete every questionnaire answer and result, every session log with its "
                        + "pain scores, and every note, and stop your programmes. This cannot be undone."),
                new Paragraph(HealthConsent.STILL_WORKS));
        var confirm = new Button("Withdraw and delete", e -> {
            dialog.close();
            consentMessage.clear();
            try {
                consent.withdraw();
                consentMessage.success("Done: your health information is deleted and your programmes have stopped. "
                        + "We've sent you an email to confirm.");
            } catch (InvalidInputException ex) {
                consentMessage.error(String.join(" ", ex.errors().values()));
            }
            showConsent();
        });
        confirm.setId("confirm-withdraw");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    private Section closeAccount() {
        var message = new Forms.FormMessage();
        var password = new PasswordField("Your password");
        password.setId("close-password");
        password.setWidthFull();
        var close = new Button("Close my account", e -> {
            Forms.clearErrors(Map.of("password", password), message);
            try {
                closure.close(password.getValue());
                auth.logout();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("password", password), message);
            }
        });
        close.setId("close-account");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Section(
                new H2("Close my account"), new Paragraph(AccountClosure.WHAT_HAPPENS), message, password, close);
    }

    private void giveAgain() {
        consent.give();
        consentMessage.success("Thank you: you can answer the questionnaire again and start afresh.");
        showConsent();
    }
}
