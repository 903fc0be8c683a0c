package com.backinshape.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.PortalTest;
import com.backinshape.portal.SqlStatements;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.ui.AccountView;
import com.backinshape.portal.account.ui.HomeView;
import com.backinshape.portal.account.ui.LoginView;
import com.backinshape.portal.account.ui.VerifyView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@RecordApplicationEvents
class MemberPagesTest extends PortalTest {

    /**
     * A new member's home: each card asks its own feature (the questionnaire's result, the programme, the member's tier
     * and complimentary grants) and the layout's banners the subscription; ten reads today, some of them the same row
     * read again by another card. More would mean a query per item shown or a new card reading too much.
     */
    private static final int HOME_QUERIES = 10;

    @Autowired
    SignupService signup;

    @Autowired
    PasswordService passwords;

    @Autowired
    MemberRepository members;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_visitor_who_opens_member_home_is_asked_to_sign_in() {
        navigate("home", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void an_unverified_member_only_sees_the_verification_page() {
        String email = Members.uniqueEmail("una");
        signup.signUp(Members.request("Una", email), "203.0.113.80");
        long id = members.findByEmailKey(email).orElseThrow().requireId();
        Members.signIn(members, tx, id);

        navigate("home", VerifyView.class);

        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Check your inbox");
        assertThat($(Button.class).id("resend-link").isVisible()).isTrue();
        assertThat($(EmailField.class).all()).isEmpty();
    }

    @Test
    void member_home_greets_by_first_name_and_shows_markup_as_text() {
        long id = Members.verifiedMember(signup, events, "<b>Bo</b>", Members.uniqueEmail("bo"));
        Members.signIn(members, tx, id);

        navigate(HomeView.class);

        assertThat($(H1.class).id("greeting").getText()).isEqualTo("Welcome, <b>Bo</b>");
        assertThat($(H1.class).id("greeting").getElement().getChild(0).isTextNode())
                .isTrue();
    }

    @Test
    void a_new_member_is_invited_to_start_the_questionnaire() {
        long id = Members.verifiedMember(signup, events, "Eli", Members.uniqueEmail("eli"));
        Members.signIn(members, tx, id);

        navigate(HomeView.class);

        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("start-questionnaire")
                        .getHref())
                .isEqualTo("/questionnaire");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .noneMatch(a -> "open-programme".equals(a.getId().orElse("")));
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("see-premium")
                        .getHref())
                .isEqualTo("/pricing");
    }

    @Test
    void the_member_home_is_built_with_a_few_queries() {
        long id = Members.verifiedMember(signup, events, "Qi", Members.uniqueEmail("qi"));
        Members.signIn(members, tx, id);

        List<String> statements = SqlStatements.during(() -> navigate(HomeView.class));

        assertThat($(H1.class).id("greeting").getText()).isEqualTo("Welcome, Qi");
        assertThat(statements).as("SQL run to open the member home").hasSizeLessThanOrEqualTo(HOME_QUERIES);
    }

    @Test
    void the_menu_and_sign_out_stay_in_place_from_page_to_page() {
        long id = Members.verifiedMember(signup, events, "Mo", Members.uniqueEmail("mo"));
        Members.signIn(members, tx, id);
        navigate(HomeView.class);
        List<SideNavItem> menu = $(SideNavItem.class).all();
        Button signOut = $(Button.class).id("sign-out");

        navigate(AccountView.class);

        assertThat(menu).extracting(SideNavItem::getLabel).contains("Home", "Account");
        assertThat($(SideNavItem.class).all())
                .as("the same menu, not built and sent again")
                .containsExactlyElementsOf(menu);
        assertThat($(Button.class).all())
                .filteredOn(b -> b.getId().orElse("").equals("sign-out"))
                .containsExactly(signOut);
    }

    @Test
    void a_member_changes_their_name_and_a_wrong_password_is_explained() {
        long id = Members.verifiedMember(signup, events, "Cy", Members.uniqueEmail("cy"));
        Members.signIn(members, tx, id);
        navigate(AccountView.class);

        test($(TextField.class).id("first-name")).setValue("Cyrus");
        test($(Button.class).id("save-name")).click();
        test($(PasswordField.class).id("current-password")).setValue("not my password");
        test($(PasswordField.class).id("new-password")).setValue("a new long passphrase");
        test($(Button.class).id("change-password")).click();

        assertThat(Members.reload(members, id).getFirstName()).isEqualTo("Cyrus");
        assertThat($(PasswordField.class).id("current-password").getErrorMessage())
                .isEqualTo("This is not your current password.");
    }

    @Test
    void resetting_the_password_ends_every_signed_in_session_of_that_member() {
        String email = Members.uniqueEmail("dee");
        long id = Members.verifiedMember(signup, events, "Dee", email);
        MemberPrincipal principal =
                tx.execute(s -> new MemberPrincipal(members.findById(id).orElseThrow()));
        sessionRegistry.registerNewSession("phone-session-" + id, principal);
        sessionRegistry.registerNewSession("laptop-session-" + id, principal);

        passwords.requestReset(email, "203.0.113.81");
        String link = events.stream(AccountEvents.PasswordResetLinkIssued.class)
                .reduce((a, b) -> b)
                .orElseThrow()
                .link();
        passwords.resetPassword(link.substring(link.indexOf("token=") + 6), "another fine passphrase");

        assertThat(sessionRegistry.getAllSessions(principal, true)).hasSize(2).allMatch(SessionInformation::isExpired);
    }
}
