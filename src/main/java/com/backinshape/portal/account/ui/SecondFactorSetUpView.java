package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.account.SecondFactor;
import com.backinshape.portal.account.SecondFactorLockedException;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.ui.Forms;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * An admin's first sign-in (or the first after a reset): add the authenticator to an app by QR code or key, confirm it
 * with its first code, then note the ten recovery codes, shown only here and only once.
 */
@Route("sign-in/set-up")
@PageTitle("Set up two-factor sign-in | Back in Shape")
@RolesAllowed(MemberPrincipal.NEEDS_SECOND_FACTOR)
public class SecondFactorSetUpView extends Main implements BeforeEnterObserver {

    private final SecondFactor secondFactor;
    private final Div body = new Div();
    private final TextField code = new TextField("Code from the app");
    private final Forms.FormMessage message = new Forms.FormMessage();

    public SecondFactorSetUpView(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        addClassNames("portal-page", "narrow");
        add(new H1("Set up two-factor sign-in"), message, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (secondFactor.pending()) {
            case CODE -> event.forwardTo(SecondFactorView.class);
            case NOTHING -> event.forwardTo(SecondFactorView.ADMIN_HOME);
            case SET_UP -> showSetUp(secondFactor.startSetUp());
        }
    }

    private void showSetUp(SecondFactor.SetUp setUp) {
        body.removeAll();
        var qr = QrCode.image(setUp.otpauthUri(), "QR code to add Back in Shape to your authenticator app");
        qr.setId("qr-code");
        var key = new Span(grouped(setUp.secret()));
        key.setId("secret");
        key.addClassName("secret-key");
        code.setId("code");
        code.setMaxLength(9);
        code.setHelperText("The 6-digit code the app shows for Back in Shape");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var confirm = new Button("Confirm", e -> confirm());
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        body.add(
                new Paragraph("Admins see members' health data, so signing in takes a code from an authenticator "
                        + "app (for example Google Authenticator, Microsoft Authenticator or 1Password) as well as "
                        + "your password. Scan this QR code with the app:"),
                qr,
                new Paragraph(new Span("Can't scan it? Enter this key in the app instead: "), key),
                code,
                confirm);
    }

    private void confirm() {
        try {
            showRecoveryCodes(secondFactor.confirmSetUp(code.getValue()));
        } catch (InvalidInputException e) {
            code.clear();
            Forms.showErrors(e, Map.of("code", code), message);
        } catch (SecondFactorLockedException e) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login?error"));
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        message.success("Two-factor sign-in is set up.");
        body.removeAll();
        var list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        var next = new Button("Continue", e -> getUI().ifPresent(ui -> ui.navigate(SecondFactorView.ADMIN_HOME)));
        next.setId("continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(
                new H2("Your recovery codes"),
                new Paragraph(
                        "If you lose your phone, each of these codes signs you in once instead of the app's "
                                + "code. Write them down or print them and keep them somewhere safe: they are not shown again."),
                list,
                next);
    }

    /** The key in groups of four, easier to type. */
    private static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
