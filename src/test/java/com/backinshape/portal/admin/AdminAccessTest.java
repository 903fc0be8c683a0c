package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.AccountAdministration;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.ui.LoginView;
import com.backinshape.portal.admin.ui.AdminDashboardView;
import com.backinshape.portal.admin.ui.AuditLogView;
import com.backinshape.portal.admin.ui.MemberDetailView;
import com.backinshape.portal.admin.ui.MembersView;
import com.backinshape.portal.admin.ui.StripeEventsView;
import com.backinshape.portal.admin.ui.VideoReviewsView;
import com.backinshape.portal.assessment.HealthRecords;
import com.backinshape.portal.base.ui.AccessDeniedView;
import com.backinshape.portal.billing.ComplimentaryPremium;
import com.backinshape.portal.billing.StripeEventAdministration;
import com.backinshape.portal.billing.SubscriptionAdministration;
import com.backinshape.portal.notification.SentEmailAdministration;
import com.backinshape.portal.programme.ProgrammeRecords;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The role matrix: every admin route and every admin service method, for anonymous, member and admin. */
class AdminAccessTest extends AdminTestBase {

    @Autowired
    MemberList directory;

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    com.backinshape.portal.admin.SubjectAccess subjectAccess;

    @Autowired
    Dashboard dashboard;

    @Autowired
    AccountAdministration accountAdministration;

    @Autowired
    SentEmailAdministration sentEmails;

    @Autowired
    HealthRecords healthRecords;

    @Autowired
    ProgrammeRecords programmeRecords;

    @Autowired
    MemberBilling memberBilling;

    @Autowired
    StripeEventLog stripeEventLog;

    @Autowired
    SubscriptionAdministration subscriptionAdministration;

    @Autowired
    StripeEventAdministration stripeEvents;

    @Autowired
    ComplimentaryPremium complimentaryPremium;

    @Autowired
    com.backinshape.portal.premiumplus.VideoReviewRequests videoReviewRequests;

    @Autowired
    com.backinshape.portal.account.AuthenticatorAdministration authenticatorAdministration;

    private static final Map<String, Class<? extends Component>> ROUTES = Map.of(
            "admin",
            AdminDashboardView.class,
            "admin/members",
            MembersView.class,
            "admin/members/ID",
            MemberDetailView.class,
            "admin/audit",
            AuditLogView.class,
            "admin/events",
            StripeEventsView.class,
            "admin/video-reviews",
            VideoReviewsView.class);

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_every_admin_route() {
        ROUTES.keySet().forEach(route -> {
            navigate(route.replace("ID", "1"), LoginView.class);
            assertThat(getCurrentView().getClass()).as(route).isEqualTo(LoginView.class);
        });
    }

    @Test
    void members_are_refused_every_admin_route() {
        long id = verifiedMember("Mo");
        Members.signIn(members, tx, id);
        ROUTES.keySet().forEach(route -> {
            navigate(route.replace("ID", String.valueOf(id)), AccessDeniedView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
        });
    }

    @Test
    void admins_see_every_admin_route() {
        long id = verifiedMember("Ada");
        signInAsAdmin();
        ROUTES.forEach((route, view) -> {
            navigate(route.replace("ID", String.valueOf(id)), view);
            assertThat(getCurrentView()).as(route).isInstanceOf(view);
        });
    }

    @Test
    void every_admin_service_method_refuses_anonymous_and_members_and_lets_admins_through() throws Exception {
        long memberId = verifiedMember("Rex");
        List<Object> services = List.of(
                directory,
                memberAdmin,
                audit,
                dashboard,
                accountAdministration,
                sentEmails,
                healthRecords,
                programmeRecords,
                memberBilling,
                stripeEventLog,
                subscriptionAdministration,
                stripeEvents,
                complimentaryPremium,
                videoReviewRequests,
                authenticatorAdministration,
                subjectAccess);
        List<String> checked = new ArrayList<>();
        for (Object service : services) {
            for (Method m : AopUtils.getTargetClass(service).getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                SecurityContextHolder.getContext()
                        .setAuthentication(new AnonymousAuthenticationToken(
                                "key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
                assertThat(thrown(service, m, memberId)).as("anonymous " + m).isInstanceOf(AccessDeniedException.class);
                Members.signIn(members, tx, memberId);
                assertThat(thrown(service, m, memberId)).as("member " + m).isInstanceOf(AccessDeniedException.class);
                signInAsAdmin();
                assertThat(thrown(service, m, memberId)).as("admin " + m).isNotInstanceOf(AccessDeniedException.class);
                checked.add(m.getName());
            }
        }
        assertThat(checked)
                .contains(
                        "page",
                        "writeCsv",
                        "healthData",
                        "erase",
                        "setSignInEnabled",
                        "resendVerification",
                        "report",
                        "forMember",
                        "forAdmin",
                        "painScores",
                        "detail",
                        "forEachMember",
                        "grant",
                        "revoke",
                        "cancel",
                        "refund",
                        "file",
                        "payload",
                        "replay",
                        "reconcileNow",
                        "subscriptionOf",
                        "timeline",
                        "grantsOf",
                        "chainStatus",
                        "resetAuthenticator",
                        "reset",
                        "status",
                        "request");
    }

    @Test
    void
            an_admin_who_gave_only_the_password_is_sent_to_the_code_from_every_admin_route_and_refused_by_every_admin_service()
                    throws Exception {
        long admin = newAdmin("Pat");
        Members.signInWithPasswordOnly(members, tx, admin);
        ROUTES.keySet().forEach(route -> {
            navigate(
                    route.replace("ID", String.valueOf(admin)),
                    com.backinshape.portal.account.ui.SecondFactorSetUpView.class);
            assertThat(getCurrentView())
                    .as(route)
                    .isInstanceOf(com.backinshape.portal.account.ui.SecondFactorSetUpView.class);
        });
        for (Object service : List.of(
                directory,
                memberAdmin,
                audit,
                dashboard,
                accountAdministration,
                healthRecords,
                memberBilling,
                authenticatorAdministration)) {
            for (Method m : AopUtils.getTargetClass(service).getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())) {
                    Members.signInWithPasswordOnly(members, tx, admin);
                    assertThat(thrown(service, m, admin)).as(m.toString()).isInstanceOf(AccessDeniedException.class);
                }
            }
        }
    }

    @Test
    void an_admin_disables_sign_in_from_the_member_page_with_a_reason() {
        long id = verifiedMember("Dora");
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);

        test($(Button.class).id("disable")).click();
        test($(TextArea.class).id("reason")).setValue("Suspicious sign-ins reported");
        test($(Button.class).id("confirm")).click();

        assertThat(member(id).isEnabled()).isFalse();
        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DISABLED_SIGN_IN);
            assertThat(e.reason()).isEqualTo("Suspicious sign-ins reported");
        });
        assertThat($(Button.class).id("enable").isVisible()).isTrue();
    }

    @Test
    void health_answers_appear_on_the_member_page_only_after_a_reason() {
        long id = memberWithHealthData("Hedy");
        navigate("admin/members/" + id, MemberDetailView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("health")
                        .getElement()
                        .getText())
                .doesNotContain("Risk");

        test($(Button.class).id("show-health")).click();
        test($(Button.class).id("confirm")).click();
        assertThat(auditFor(id)).isEmpty();
        test($(TextArea.class).id("reason")).setValue("Reviewing her programme with the physio");
        test($(Button.class).id("confirm")).click();

        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.VIEWED_HEALTH_DATA));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .anyMatch(p -> p.getText().startsWith("Risk group"));
    }

    private static Throwable thrown(Object service, Method m, long memberId) {
        Object[] args = new Object[m.getParameterCount()];
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == long.class
                    ? memberId
                    : types[i] == boolean.class
                            ? Boolean.TRUE
                            : types[i] == int.class ? 0 : types[i] == String.class ? "role matrix check" : null;
        }
        try {
            m.invoke(service, args);
            return new NoError();
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands for "the call went through". */
    private static final class NoError extends RuntimeException {}
}
