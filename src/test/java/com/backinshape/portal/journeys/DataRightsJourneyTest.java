package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.microsoft.playwright.Download;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** A member's data rights in Chromium: download the data, withdraw health-data consent, close the account. */
@RecordApplicationEvents
class DataRightsJourneyTest extends BrowserTest {

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Autowired
    MemberRepository members;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_member_downloads_their_data_withdraws_consent_and_closes_the_account() throws Exception {
        String email = Members.uniqueEmail("dagny");
        long id = Members.verifiedMember(signup, events, "Dagny", email);
        Members.signIn(members, tx, id); // her questionnaire, answered earlier (it has its own journey)
        Questionnaires.take(assessments, AnswersBuilder.answers().build());

        signIn(email, Members.PASSWORD);
        page.navigate(url("/programme"));
        assertThat(page.locator("#session-log")).isVisible();

        // 1. Download my data: the ZIP holds her questionnaire answers
        page.navigate(url("/account"));
        page.locator("#download-data").click();
        Download download =
                page.waitForDownload(() -> page.locator("#save-data").click());
        Map<String, String> zip = unzip(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(zip).containsKeys("summary.txt", "questionnaires.json");
        org.assertj.core.api.Assertions.assertThat(zip.get("questionnaires.json"))
                .contains("\"question\"", "\"chosen\"");
        org.assertj.core.api.Assertions.assertThat(zip.get("profile.json")).contains(email);

        // 2. Withdraw health-data consent: answers gone, programme stopped
        page.locator("#withdraw-consent").click();
        page.locator("#confirm-withdraw").click();
        assertThat(page.locator("#data-rights")).containsText("your health information is deleted");
        assertThat(page.locator("#give-consent")).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from assessment where member_id = ?", Long.class, id))
                .isZero();
        page.navigate(url("/programme"));
        assertThat(page.locator("#no-programme")).containsText("No programme yet");

        // 3. Close my account: signed out, sign-in refused, gone from the admin grid
        page.navigate(url("/account"));
        page.locator("#close-password input").fill(Members.PASSWORD);
        page.locator("#close-account").click();
        page.waitForURL(Pattern.compile("^(?!.*/account).*$"));

        page.navigate(url("/login"));
        field("Email").fill(email);
        field("Password").fill(Members.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByText("Incorrect email or password.")).isVisible();

        signIn("admin@test.local", "admin-password-for-tests");
        page.navigate(url("/admin/members"));
        field("Search").fill(email.substring(0, 12));
        assertThat(page.locator("#members")).not().containsText(email);
        assertThat(page.locator("#members")).containsText("erased-" + id + "@erased.invalid");
    }

    private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
