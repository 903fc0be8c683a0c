package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Journey 1: a reader of the hamstrings article joins free on a phone and reaches member home. */
class JoinFreeJourneyTest extends BrowserTest {

    @Autowired
    MemberRepository members;

    @Test
    void a_visitor_from_the_article_joins_confirms_their_email_and_reaches_member_home() {
        String email = "ann." + System.nanoTime() + "@example.com";

        page.navigate(url("/?ref=tight-hamstrings"));
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Join free"))
                .first()
                .click();

        page.waitForURL(Pattern.compile(".*/signup\\?ref=tight-hamstrings.*"));
        field("First name").fill("Ann");
        field("Email").fill(email);
        field("Password").fill("stretch slowly every morning");
        page.getByText("I agree to the terms of membership").click();
        page.getByText("I consent to Back in Shape using my answers").click();
        page.getByText("I confirm I am 18 or over").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Create free account"))
                .click();

        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Check your inbox")))
                .isVisible();
        assertThat(page.locator("#check-inbox")).containsText(email);

        page.navigate(url("/dev/mailbox"));
        page.locator("#mailbox").getByText(email).first().click();
        Locator verifyLink = page.locator("a.mail-link[href*='/verify?token=']").first();
        assertThat(verifyLink).isVisible();
        verifyLink.click();

        page.waitForURL(Pattern.compile(".*/verify\\?token=.*"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Confirm my email"))
                .click();

        page.waitForURL(Pattern.compile(".*/home$"));
        assertThat(page.locator("#greeting")).hasText("Welcome, Ann");
        assertThat(page.locator("#start-questionnaire")).isVisible();

        Member ann = members.findByEmailKey(Member.emailKey(email)).orElseThrow();
        assertThat(ann.isVerified()).isTrue();
        assertThat(ann.getSourceRef()).isEqualTo("tight-hamstrings");
    }

    @Test
    void a_mistyped_article_link_shows_a_friendly_page_not_found_and_members_pages_still_ask_to_sign_in() {
        page.navigate(url("/tight-hamstringz"));

        assertThat(page.getByText("We can't find that page")).isVisible();

        page.navigate(url("/programme"));
        page.waitForURL(Pattern.compile(".*/login$"));
        page.navigate(url("/admin/members"));
        page.waitForURL(Pattern.compile(".*/login$"));
    }
}
