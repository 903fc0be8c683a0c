package com.backinshape.portal.admin.ui;

import com.backinshape.portal.account.AuthenticatorAdministration;
import com.backinshape.portal.account.MemberDetail;
import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.admin.MemberAdmin;
import com.backinshape.portal.admin.MemberBilling;
import com.backinshape.portal.admin.MemberFile;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.notification.SentEmailAdministration.SentEmail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** One member: profile, source, consents, emails, sessions; health data and actions behind a reason. */
@Route("admin/members/:id")
@PageTitle("Member | Back in Shape admin")
@RolesAllowed("ADMIN")
public class MemberDetailView extends Main implements BeforeEnterObserver {

    private final MemberAdmin admin;
    private final com.backinshape.portal.admin.SubjectAccess subjectAccess;
    private final H1 title = new H1();
    private final Div profile = new Div();
    private final FlexLayout actions = new FlexLayout();
    private final Grid<SentEmail> emails = new Grid<>(SentEmail.class, false);
    private final HealthPanel health = new HealthPanel();
    private final BillingPanel billing;
    private long memberId;

    public MemberDetailView(
            MemberAdmin admin, MemberBilling memberBilling, com.backinshape.portal.admin.SubjectAccess subjectAccess) {
        this.admin = admin;
        this.subjectAccess = subjectAccess;
        this.billing = new BillingPanel(memberBilling, this::show);
        addClassNames("portal-page", "admin-page");
        profile.setId("profile");
        actions.setId("actions");
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        emails.setId("emails");
        emails.addColumn(e -> TimeConfig.DATE_TIME.format(e.createdAt())).setHeader("Recorded");
        emails.addColumn(SentEmail::subject).setHeader("Subject").setFlexGrow(2);
        emails.addColumn(e -> e.delivery().name().toLowerCase()).setHeader("Delivery");
        emails.addColumn(e -> e.sentAt() == null ? "" : TimeConfig.DATE_TIME.format(e.sentAt()))
                .setHeader("Sent");
        AdminGrids.sizedToContent(emails);
        emails.setAllRowsVisible(true);
        add(
                title,
                profile,
                actions,
                new H2("Premium and subscription"),
                billing,
                new H2("Emails"),
                emails,
                new H2("Health data"),
                health);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        memberId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        MemberFile file = admin.file(memberId).orElseThrow(NotFoundException::new);
        MemberDetail d = file.account();
        MemberSummary m = d.summary();
        title.setText(m.erased() ? "Erased member #" + m.id() : m.firstName() + " (#" + m.id() + ")");
        profile.removeAll();
        profile.add(
                line("Email", m.email() + (d.pendingEmail() == null ? "" : " (changing to " + d.pendingEmail() + ")")),
                line("Joined", TimeConfig.DATE_TIME.format(m.joinedAt())),
                line("Email confirmed", time(m.verifiedAt(), "not yet")),
                line("Sign-in", m.erased() ? "erased " + time(m.erasedAt(), "") : m.enabled() ? "enabled" : "disabled"),
                line("Source article", text(m.source())),
                line(
                        "UTM",
                        "source " + text(m.utmSource()) + ", medium " + text(m.utmMedium()) + ", campaign "
                                + text(m.utmCampaign())),
                line(
                        "Terms",
                        "version " + d.termsVersion() + ", accepted "
                                + TimeConfig.DATE_TIME.format(d.termsAcceptedAt())),
                line(
                        "Health-data consent",
                        "version " + d.healthConsentVersion() + ", given "
                                + TimeConfig.DATE_TIME.format(d.healthConsentAt())),
                line("Sessions logged", String.valueOf(file.sessionsLogged())));
        var authenticator =
                m.admin() ? admin.authenticator(memberId) : Optional.<AuthenticatorAdministration.Status>empty();
        if (m.admin()) {
            var twoFactor = line(
                    "Two-factor sign-in",
                    authenticator
                            .map(a -> "set up " + TimeConfig.DATE_TIME.format(a.setUpAt()) + ", "
                                    + a.recoveryCodesLeft() + " recovery codes left")
                            .orElse("not set up yet"));
            twoFactor.setId("two-factor");
            profile.add(twoFactor);
        }
        billing.show(memberId, m.erased());
        emails.setItems(file.emails());
        actions.removeAll();
        if (!m.erased()) {
            if (!m.verified()) {
                actions.add(action(
                        "resend-verification",
                        "Resend verification email",
                        "A new link goes to " + m.email() + ".",
                        r -> admin.resendVerification(memberId, r)));
            }
            actions.add(
                    m.enabled()
                            ? action(
                                    "disable",
                                    "Disable sign-in",
                                    "The member is signed out everywhere and cannot sign in.",
                                    r -> admin.setSignInEnabled(memberId, false, r))
                            : action(
                                    "enable",
                                    "Enable sign-in",
                                    "The member can sign in again.",
                                    r -> admin.setSignInEnabled(memberId, true, r)));
            if (authenticator.isPresent()) {
                actions.add(action(
                        "reset-authenticator",
                        "Reset authenticator",
                        "The admin is signed out everywhere "
                                + "and sets up a new authenticator at their next sign-in.",
                        r -> admin.resetAuthenticator(memberId, r)));
            }
            actions.add(SubjectAccessDialog.button(subjectAccess, memberId));
            var erase = new Button(
                    "Delete member",
                    e -> new ReasonDialog(
                                    "Delete " + m.firstName() + " (" + m.email() + ", #" + m.id() + ")?",
                                    "Erases " + m.firstName()
                                            + "'s personal and health data for good; an anonymised record stays. "
                                            + "This cannot be undone.",
                                    r -> {
                                        admin.erase(memberId, r);
                                        Notification.show("Delete member: done.");
                                        show();
                                    })
                            .destructive()
                            .open());
            erase.setId("erase");
            erase.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            actions.add(erase);
        }
        health.reset(
                m.erased()
                        ? null
                        : new Button(
                                "Show health answers",
                                e -> new ReasonDialog(
                                                "Show health answers",
                                                "Health answers are special-category data. Your reason is recorded before anything is shown.",
                                                r -> health.show(admin.healthData(memberId, r)))
                                        .open()));
    }

    private Button action(String id, String label, String explanation, Consumer<String> run) {
        var button = new Button(
                label,
                e -> new ReasonDialog(label, explanation, r -> {
                            run.accept(r);
                            Notification.show(label + ": done.");
                            show();
                        })
                        .open());
        button.setId(id);
        return button;
    }

    private static Paragraph line(String label, String value) {
        var p = new Paragraph(label + ": " + value);
        p.addClassName("admin-line");
        return p;
    }

    private static String text(@Nullable String value) {
        return value == null ? "—" : value;
    }

    private static String time(@Nullable Instant at, String otherwise) {
        return at == null ? otherwise : TimeConfig.DATE_TIME.format(at);
    }
}
