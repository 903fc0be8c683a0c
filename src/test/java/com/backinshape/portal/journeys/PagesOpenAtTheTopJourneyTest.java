package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** On a phone, every questionnaire step and every page opens at its top, with the keyboard focus on its heading. */
@RecordApplicationEvents
class PagesOpenAtTheTopJourneyTest extends BrowserTest {

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
    void the_next_questionnaire_step_opens_at_its_title_after_next_was_pressed_at_the_bottom() {
        signInAsNewMember("Zoe", false);
        page.navigate(url("/questionnaire"));
        assertThat(page.locator("#step-indicator")).hasText("Step 1 of 6");
        for (String id : QuestionnaireJourneyTest.RED_FLAGS) {
            page.locator("#q-" + id)
                    .getByText("No", new Locator.GetByTextOptions().setExact(true))
                    .click();
        }
        page.locator("#q-year-of-birth input").fill("1985");
        page.locator("#q-back-pain-new")
                .getByText("No", new Locator.GetByTextOptions().setExact(true))
                .click();
        scrollToTheBottom();
        assertThat(isInView(page.locator("#step-title")))
                .as("the step title is off-screen before Next")
                .isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();

        assertThat(page.locator("#step-indicator")).hasText("Step 2 of 6");
        assertThat(page.locator("#step-title")).isFocused();
        assertThat(isInView(page.locator("#step-indicator"))).isTrue();

        scrollToTheBottom();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back"))
                .click();
        assertThat(page.locator("#step-indicator")).hasText("Step 1 of 6");
        assertThat(page.locator("#step-title")).isFocused();
        assertThat(isInView(page.locator("#step-indicator"))).isTrue();
    }

    @Test
    void see_my_programme_opens_the_programme_at_its_heading() {
        signInAsNewMember("Abi", true);
        page.navigate(url("/results"));
        Locator toProgramme = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See my programme"));
        toProgramme.scrollIntoViewIfNeeded();
        scrollToTheBottom();
        assertThat(isInView(page.locator("h1")))
                .as("the results heading is off-screen before leaving")
                .isFalse();

        toProgramme.click();

        page.waitForURL(Pattern.compile(".*/programme$"));
        Locator heading = page.locator("h1");
        assertThat(heading).isFocused();
        assertThat(isInView(heading)).isTrue();
    }

    private void signInAsNewMember(String name, boolean withResult) {
        String email = Members.uniqueEmail(name.toLowerCase());
        long id = Members.verifiedMember(signup, events, name, email);
        if (withResult) {
            Members.signIn(members, tx, id);
            Questionnaires.take(assessments, AnswersBuilder.answers().build());
        }
        signIn(email, Members.PASSWORD);
    }

    private void scrollToTheBottom() {
        page.mouse().move(195, 400);
        page.mouse().wheel(0, 20_000);
        page.waitForTimeout(300); // the wheel scrolls smoothly; let it settle before judging what is in view
    }

    private static boolean isInView(Locator element) {
        var box = element.boundingBox();
        return box != null && box.y >= 0 && box.y + box.height <= 844;
    }
}
