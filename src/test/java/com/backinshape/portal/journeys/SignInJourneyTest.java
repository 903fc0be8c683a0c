package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Signing in leads to the member's home (or the page first asked for), and the sign-in form helps after a mistake. */
@RecordApplicationEvents
class SignInJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Test
    void signing_in_from_the_sign_in_page_lands_on_member_home_and_the_welcome_page_then_offers_home() {
        String email = Members.uniqueEmail("wendy");
        Members.verifiedMember(signup, events, "Wendy", email);

        page.navigate(url("/"));
        assertThat(link("Join free").first()).isVisible();
        assertThat(browserContext.cookies())
                .as("an anonymous reader gets no session")
                .isEmpty();

        signIn(email, Members.PASSWORD);

        assertThat(page).hasURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#greeting")).hasText("Welcome, Wendy");

        page.navigate(url("/"));
        assertThat(link("Go to my home").first()).isVisible();
        assertThat(link("Join free")).hasCount(0);
        link("Go to my home").first().click();
        page.waitForURL(Pattern.compile(".*/home$"));

        page.navigate(url("/signup"));
        page.waitForURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#greeting")).hasText("Welcome, Wendy");
    }

    @Test
    void a_members_page_opened_while_signed_out_is_where_signing_in_leads() {
        String email = Members.uniqueEmail("xena");
        Members.verifiedMember(signup, events, "Xena", email);

        page.navigate(url("/account"));
        page.waitForURL(Pattern.compile(".*/login$"));
        field("Email").fill(email);
        field("Password").fill(Members.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        page.waitForURL(Pattern.compile(".*/account(\\?.*)?$"));
    }

    @Test
    void a_wrong_password_keeps_the_email_and_a_second_one_points_to_forgot_your_password() {
        String email = Members.uniqueEmail("yara");
        Members.verifiedMember(signup, events, "Yara", email);

        page.navigate(url("/login"));
        field("Email").fill(email);
        field("Password").fill("not my password");
        signInButton().click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Incorrect email or password.")).isVisible();
        assertThat(field("Email")).hasValue(email);
        assertThat(page.locator("#forgot-hint")).isHidden();

        field("Password").fill("still not my password");
        signInButton().click();
        assertThat(page.locator("#forgot-hint")).isVisible();
        assertThat(field("Email")).hasValue(email);
        page.locator("#forgot-hint")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Forgot your password?"))
                .click();
        page.waitForURL(Pattern.compile(".*/forgot-password$"));
    }

    private com.microsoft.playwright.Locator signInButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"));
    }

    private com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
