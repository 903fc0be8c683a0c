package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A visitor chooses Premium before having an account, joins (or signs in), and checkout says what they buy. */
@RecordApplicationEvents
class CheckoutJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_visitor_who_chooses_premium_joins_confirms_and_comes_back_to_a_checkout_that_says_what_they_buy() {
        String email = "vic." + System.nanoTime() + "@example.com";
        page.navigate(url("/pricing"));
        button("Choose Premium").click();

        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Join to choose Premium");
        dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Join free"))
                .click();
        page.waitForURL(Pattern.compile(".*/signup\\?plan=premium-monthly$"));
        field("First name").fill("Vic");
        field("Email").fill(email);
        field("Password").fill("stretch slowly every morning");
        page.getByText("I agree to the terms of membership").click();
        page.getByText("I consent to Back in Shape using my answers").click();
        page.getByText("I confirm I am 18 or over").click();
        button("Create free account").click();
        assertThat(page.locator("#check-inbox")).containsText(email);

        page.navigate(url("/dev/mailbox"));
        page.locator("#mailbox").getByText(email).first().click();
        page.locator("a.mail-link[href*='/verify?token=']").first().click();
        button("Confirm my email").click();

        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        Locator summary = page.locator("#checkout-summary");
        assertThat(summary).containsText("Premium, monthly");
        assertThat(summary).containsText("£9.99 a month");
        assertThat(summary).containsText(Pattern.compile("Free trial until\\s*\\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(summary).containsText(Pattern.compile("First payment\\s*£9.99 on \\d{1,2} [A-Z][a-z]+ \\d{4}"));
        assertThat(page.getByText("Strength training starts after the free back-pain questionnaire"))
                .isVisible();
        var card = page.locator("#card-number").boundingBox();
        var form = page.locator("#card-number").locator("xpath=..").boundingBox();
        assertThat(card.width).isGreaterThan(form.width * 0.8);
        assertThat(page.getByText("4242 4242 4242 4242 succeeds")).isVisible();
    }

    @Test
    void a_member_who_chooses_premium_before_signing_in_signs_in_and_comes_back_to_the_plan() {
        String email = Members.uniqueEmail("sid");
        Members.verifiedMember(signup, events, "Sid", email);
        page.navigate(url("/pricing"));
        page.getByLabel("Yearly").check();
        button("Choose Premium").click();

        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        field("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Members.PASSWORD);
        button("Sign in").click();

        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        assertThat(page.locator("#checkout-summary")).containsText("Premium, yearly");
        assertThat(page.locator("#checkout-summary")).containsText("£89 a year");
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
