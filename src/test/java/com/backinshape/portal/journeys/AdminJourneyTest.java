package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.Questionnaires;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Journey 5: clinic staff find a member, act on the account with a reason, and see it audited. */
@RecordApplicationEvents
class AdminJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.backinshape.portal.account.domain.MemberRepository members;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    com.backinshape.portal.assessment.AssessmentService assessments;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    @Test
    void a_new_admin_sets_up_two_factor_sign_in_before_any_admin_page_opens_and_gives_the_code_at_each_sign_in() {
        String email = Members.uniqueEmail("nora");
        tx.executeWithoutResult(s -> {
            var nora = new com.backinshape.portal.account.domain.Member(
                    "Nora",
                    email,
                    passwordEncoder.encode("nora-admin-password"),
                    com.backinshape.portal.account.domain.Role.ADMIN,
                    java.time.Instant.now(),
                    SignupService.TERMS_VERSION,
                    SignupService.HEALTH_CONSENT_VERSION);
            nora.markVerified(java.time.Instant.now());
            members.save(nora);
        });

        passwordOnly(email, "nora-admin-password");
        page.navigate(url("/admin/audit"));
        page.waitForURL(Pattern.compile(".*/sign-in/set-up$"));
        assertThat(page.locator("#audit")).hasCount(0);
        assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Set up two-factor sign-in")))
                .isVisible();
        assertThat(page.locator("#qr-code")).isVisible();
        assertThat(page.locator("#secret")).hasText(Pattern.compile("[A-Z2-7]{4}( [A-Z2-7]{4}){7}"));

        passSecondFactor(email);
        assertThat(page.locator("#recovery-codes")).hasCount(0);
        page.navigate(url("/admin/audit"));
        assertThat(page.locator("#audit-chain")).containsText("Audit chain intact");
        assertThat(page.locator("#audit")).containsText("Set up two-factor sign-in");

        browserContext.close();
        browserContext = browserContext
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setLocale("en-GB")
                        .setTimezoneId("Europe/London"));
        page = browserContext.newPage();
        passwordOnly(email, "nora-admin-password");
        page.navigate(url("/admin/members"));
        page.waitForURL(Pattern.compile(".*/sign-in/code$"));
        assertThat(page.locator("#members")).hasCount(0);
        page.locator("#code input").fill("000000");
        page.locator("#verify").click();
        assertThat(page.locator("#code")).containsText("That code is not right");
        passSecondFactor(email);
        assertThat(page.locator("h1")).containsText("Dashboard");
    }

    /** The sign-in form only, without the second step. */
    private void passwordOnly(String email, String password) {
        page.navigate(url("/login"));
        field("Email").fill(email);
        field("Password").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void an_admin_finds_a_member_disables_sign_in_with_a_reason_sees_it_audited_and_exports_the_list()
            throws Exception {
        String email = Members.uniqueEmail("vera");
        Members.verifiedMember(signup, events, "Vera", email);

        signIn("admin@test.local", "admin-password-for-tests");
        page.navigate(url("/admin/members"));
        field("Search").fill(email.substring(0, 12));
        page.locator("#members").getByText(email).click();

        page.waitForURL(Pattern.compile(".*/admin/members/\\d+$"));
        assertThat(page.locator("#profile")).containsText(email);
        page.locator("#disable").click();
        page.locator("#reason textarea").fill("Asked by phone to pause the account");
        page.locator("#confirm").click();
        assertThat(page.locator("#enable")).isVisible();

        page.navigate(url("/admin/audit"));
        assertThat(page.locator("#audit")).containsText("Asked by phone to pause the account");

        page.navigate(url("/admin/members"));
        Download download =
                page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv = Files.readString(download.path());
        assertThat(csv)
                .contains(email, "Vera")
                .doesNotContainIgnoringCase("risk")
                .doesNotContainIgnoringCase("pain");
    }

    @Test
    void an_admin_grants_a_month_of_premium_with_a_reason_and_the_member_then_sees_premium_content() {
        String email = Members.uniqueEmail("gina");
        long gina = Members.verifiedMember(signup, events, "Gina", email);
        Members.signIn(members, tx, gina); // her questionnaire, answered earlier, screened her for red flags
        Questionnaires.take(assessments, AnswersBuilder.answers().build());

        signIn("admin@test.local", "admin-password-for-tests");
        page.navigate(url("/admin/members"));
        field("Search").fill(email.substring(0, 12));
        page.locator("#members").getByText(email).click();
        page.waitForURL(Pattern.compile(".*/admin/members/\\d+$"));
        assertThat(page.locator("#tier")).containsText("Tier: Free");

        page.locator("#grant").click();
        assertThat(page.locator("#grant-tier")).containsText("Premium");
        assertThat(page.locator("#grant-length")).containsText("1 month");
        page.locator("#reason textarea").fill("Clinic patient: a month of the premium programme");
        page.locator("#confirm").click();
        assertThat(page.locator("#tier")).containsText("Tier: Premium");

        page.navigate(url("/admin/audit"));
        assertThat(page.locator("#audit")).containsText("Clinic patient: a month of the premium programme");
        assertThat(page.locator("#audit")).containsText("Granted complimentary premium");

        browserContext.close();
        browserContext = browserContext
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setLocale("en-GB")
                        .setTimezoneId("Europe/London"));
        page = browserContext.newPage();
        signIn(email, Members.PASSWORD);
        page.navigate(url("/billing"));
        assertThat(page.getByText("You are on the Premium plan.")).isVisible();
        page.navigate(url("/strength"));
        assertThat(page.locator("#strength-locked")).hasCount(0);
        assertThat(page.locator("#strength-week")).containsText("Phase 1 of 3");
    }
}
