package com.backinshape.portal.account.ui;

import com.vaadin.flow.component.ClientCallable;
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

    /** Failed sign-ins in a row after which the page points to "Forgot your password?". */
    static final int FAILURES_BEFORE_HINT = 2;

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext auth;
    private final Paragraph notice = new Paragraph();
    private final Paragraph forgotHint = new Paragraph();

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
        var forgot = new Anchor("/forgot-password", "Forgot your password?");
        forgot.setId("forgot-hint-link");
        forgotHint.add(
                new Span("Still not working? "), forgot, new Span(" We'll email you a link to choose a new one."));
        forgotHint.addClassNames("form-message");
        forgotHint.setId("forgot-hint");
        forgotHint.setVisible(false);
        add(
                new H1("Sign in"),
                notice,
                forgotHint,
                form,
                new Paragraph(new Span("New here? "), new Anchor("/signup", "Join free")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.isAuthenticated()) {
            event.forwardTo("home");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        boolean failed = params.containsKey("error");
        if (failed) {
            form.setI18n(i18n(lastFailureMessage()));
            form.setError(true);
        }
        keepEmailAfterFailure(failed);
        if (params.containsKey("ended")) {
            showNotice("You were signed out because your password was changed. Please sign in again.");
        } else if (params.containsKey("reset")) {
            showNotice("Your password has been changed. Sign in with your new password.");
        }
    }

    /**
     * The form posts straight to Spring Security, which answers a failure with {@code /login?error}: the browser tab
     * remembers the email typed (never the password), puts it back after a failure and counts failures in a row, so
     * that after {@value #FAILURES_BEFORE_HINT} the page points to "Forgot your password?".
     */
    private void keepEmailAfterFailure(boolean failed) {
        form.getElement().executeJs("""
                const form = this;
                if (!form.__keepsEmail) {
                  form.__keepsEmail = true;
                  form.addEventListener('login', e => {
                    const email = (e.detail && e.detail.username) || '';
                    if (sessionStorage.getItem('signin-email') !== email) {
                      sessionStorage.setItem('signin-failures', '0');
                    }
                    sessionStorage.setItem('signin-email', email);
                    sessionStorage.setItem('signin-pending', '1');
                  });
                }
                if (!$0) {
                  sessionStorage.removeItem('signin-pending');
                  sessionStorage.setItem('signin-failures', '0');
                  return;
                }
                const email = sessionStorage.getItem('signin-email');
                let failures = parseInt(sessionStorage.getItem('signin-failures') || '0', 10);
                if (sessionStorage.getItem('signin-pending')) {
                  failures++;
                  sessionStorage.setItem('signin-failures', String(failures));
                  sessionStorage.removeItem('signin-pending');
                }
                (async () => {
                  await form.updateComplete;
                  const user = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (email && user && !user.value) {
                    user.value = email;
                    if (password) password.focus();
                  }
                })();
                if (failures >= $1) {
                  $2.$server.showForgotPasswordHint();
                }
                """, failed, FAILURES_BEFORE_HINT, getElement());
    }

    @ClientCallable
    private void showForgotPasswordHint() {
        forgotHint.setVisible(true);
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static String lastFailureMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object last =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
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
