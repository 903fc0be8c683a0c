package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.LegRaise;
import com.backinshape.portal.assessment.Questionnaires;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phone-sized (390 px) full-page screenshots of the results, the programme and the checkout, for a reviewer to look at.
 * Written to {@code target/screenshots/}, or to the folder named by the system property {@code screenshots.dir}:
 * {@code ./mvnw test -Dtest=ScreenshotsTest -Dscreenshots.dir=docs/screenshots} refreshes the ones kept in the
 * repository.
 */
@RecordApplicationEvents
class ScreenshotsTest extends BrowserTest {

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

    @Test
    void saves_phone_screenshots_of_results_programme_and_checkout() throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        page.setViewportSize(390, 844);
        String email = Members.uniqueEmail("sam");
        long id = Members.verifiedMember(signup, events, "Sam", email);
        Members.signIn(members, tx, id);
        Questionnaires.take(
                assessments,
                AnswersBuilder.answers()
                        .legRaise(LegRaise.UNDER_30_DEGREES)
                        .sittingHours(9)
                        .worksFromHome(true)
                        .build());
        signIn(email, Members.PASSWORD);

        page.navigate(url("/results"));
        assertThat(page.locator("#risk-group")).isVisible();
        save(dir, "results-390.png");

        page.navigate(url("/programme"));
        assertThat(page.locator(".exercise").first()).isVisible();
        save(dir, "programme-390.png");

        page.navigate(url("/pricing"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Choose Premium").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        assertThat(page.getByText("Test checkout: no real payment")).isVisible();
        save(dir, "checkout-390.png");
    }

    private void save(Path dir, String name) throws Exception {
        page.waitForLoadState();
        Path file = dir.resolve(name);
        // The app layout scrolls its content inside the window, so a "full page" shot stops at the window:
        // grow the window to the page's own height first, so the whole page is in the picture.
        int height = ((Number) page.evaluate("() => Math.ceil(Math.max(document.documentElement.scrollHeight, "
                        + "...Array.from(document.querySelectorAll('main')).map(m => m.getBoundingClientRect().bottom "
                        + "+ window.scrollY + 24)))"))
                .intValue();
        page.setViewportSize(390, Math.min(Math.max(height, 844), 12000));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file));
        page.setViewportSize(390, 844);
        assertThat(Files.size(file)).isPositive();
    }
}
