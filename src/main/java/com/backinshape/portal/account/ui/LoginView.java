package com.backinshape.portal.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** "Sign in": email and password, posted to Spring Security. */
@Route("login")
@PageTitle("Sign in | Back in Shape")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext auth;
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext auth) {
        this.auth = auth;
        addClassNames("portal-page", "narrow");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n("Incorrect email or password."));
        notice.setVisible(false);
        notice.addClassName("form-message");
        notice.setId("login-notice");
        add(new H1("Sign in"), notice, form,
                new Paragraph(new Span("New here? "), new Anchor("/signup", "Join free")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("home");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            form.setI18n(i18n(lastFailureMessage()));
            form.setError(true);
        }
        if (params.containsKey("ended")) {
            showNotice("You were signed out because your password was changed. Please sign in again.");
        } else if (params.containsKey("reset")) {
            showNotice("Your password has been changed. Sign in with your new password.");
        }
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static String lastFailureMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last = session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof LockedException || last instanceof DisabledException) {
            return ((Exception) last).getMessage();
        }
        return "Incorrect email or password.";
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        i18n.getErrorMessage().setTitle("Couldn't sign you in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
