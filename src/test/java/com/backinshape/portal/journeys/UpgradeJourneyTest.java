package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** Journeys 3 and 4 in simulated mode: upgrade with the test card, a declined card, cancel and undo. */
@RecordApplicationEvents
class UpgradeJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.backinshape.portal.billing.ComplimentaryPremium complimentary;

    @Autowired
    com.backinshape.portal.account.domain.MemberRepository members;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    java.time.Clock clock;

    @Test
    void a_free_member_chooses_premium_monthly_pays_with_the_test_card_and_sees_premium() {
        signInAsNewMember("Ann");

        upgradeToPremiumMonthly("4242 4242 4242 4242");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Premium")))
                .isVisible();
        assertThat(page.getByText("Strength training starts after the back-pain questionnaire"))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the questionnaire"))
                .click();
        page.waitForURL(Pattern.compile(".*/questionnaire.*"));
        page.navigate(url("/billing"));
        assertThat(page.locator("#billing-facts")).containsText("Premium, monthly");
        assertThat(page.locator("#billing-facts")).containsText("Free trial");
    }

    @Test
    void a_declined_card_shows_a_clear_message_and_the_member_stays_free() {
        signInAsNewMember("Bob");

        upgradeToPremiumMonthly("4000 0000 0000 0002");

        assertThat(page.getByText("Your card was declined")).isVisible();
        page.navigate(url("/billing"));
        assertThat(page.getByText("You are on the Free plan")).isVisible();
    }

    @Test
    void a_premium_member_cancels_keeps_access_until_the_end_date_then_keeps_the_subscription() {
        signInAsNewMember("Cat");
        upgradeToPremiumMonthly("4242 4242 4242 4242");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Premium")))
                .isVisible();

        page.navigate(url("/billing"));
        page.locator("#cancel-subscription").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText(Pattern.compile("You keep Premium until \\d{1,2} [A-Z][a-z]+ \\d{4}\\."));
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Keep my subscription"))
                .click();
        assertThat(dialog).isHidden();
        assertThat(page.locator("#billing-facts")).containsText("Next renewal");

        page.locator("#cancel-subscription").click();
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Cancel subscription"))
                .click();

        assertThat(page.locator("#billing-facts")).containsText("Ends on");
        assertThat(page.getByText(Pattern.compile("You keep Premium until \\d{1,2} \\w+ \\d{4}")))
                .isVisible();
        assertThat(page.getByText("Done. Updating…")).isHidden();
        button("Keep my subscription").click();
        assertThat(page.locator("#billing-facts")).containsText("Next renewal");
        assertThat(page.locator("#cancel-subscription")).isVisible();
        assertThat(page.getByText("Done. Updating…")).isHidden();
        page.getByLabel("Change plan to").click();
        assertThat(page.getByRole(
                        AriaRole.OPTION, new Page.GetByRoleOptions().setName("Premium Plus, monthly – £24.99 a month")))
                .isVisible();
    }

    @Test
    void a_paying_member_given_complimentary_premium_sees_the_grant_its_end_date_and_that_payments_are_paused() {
        String email = signInAsNewMember("Gus");
        upgradeToPremiumMonthly("4242 4242 4242 4242");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Premium")))
                .isVisible();
        long gus = members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey(email))
                .orElseThrow()
                .requireId();
        long admin = members.findByEmailKey(com.backinshape.portal.account.domain.Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId();
        Members.signIn(members, tx, admin);
        java.time.Instant until = clock.instant().plus(java.time.Duration.ofDays(40));
        complimentary.grant(
                gus,
                com.backinshape.portal.billing.Tier.PREMIUM,
                until,
                "Clinic patient",
                com.backinshape.portal.billing.PaymentsDuringGrant.PAUSE);

        page.navigate(url("/billing"));

        assertThat(page.locator("#complimentary-grant"))
                .containsText("free of charge until " + com.backinshape.portal.base.TimeConfig.DATE.format(until));
        assertThat(page.locator("#complimentary-grant"))
                .containsText("Payments for your subscription are paused until then");
    }

    private String signInAsNewMember(String name) {
        String email = Members.uniqueEmail(name.toLowerCase());
        Members.verifiedMember(signup, events, name, email);
        page.navigate(url("/login"));
        field("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(Members.PASSWORD);
        button("Sign in").click();
        page.waitForURL(u -> !u.contains("/login"));
        return email;
    }

    private void upgradeToPremiumMonthly(String card) {
        page.navigate(url("/pricing"));
        assertThat(page.getByText("Save £30.88 a year")).not().isVisible();
        assertThat(page.getByText("Strength training starts after the free back-pain questionnaire"))
                .isVisible();
        button("Choose Premium").click();
        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        assertThat(page.getByText("Test checkout: no real payment")).isVisible();
        field("Card number").fill(card);
        button("Pay").click();
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
