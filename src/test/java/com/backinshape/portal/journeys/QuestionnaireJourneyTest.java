package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/**
 * Journey 2: the questionnaire leads to a free programme, a logged session and the pain chart; a red flag leads to
 * urgent advice.
 */
@RecordApplicationEvents
class QuestionnaireJourneyTest extends BrowserTest {

    static final String[] RED_FLAGS = java.util.Arrays.stream(com.backinshape.portal.assessment.RedFlag.values())
            .map(com.backinshape.portal.assessment.RedFlag::questionId)
            .toArray(String[]::new);

    @Autowired
    SignupService signup;

    @Autowired
    ApplicationEvents events;

    @Test
    void a_member_with_tight_hamstrings_gets_low_risk_both_stretches_logs_pain_4_and_sees_it_on_the_chart() {
        signInAsNewMember("Tess");
        page.navigate(url("/questionnaire"));

        stepShows("Step 1 of 6");
        safetyStep(null, "1985", "No");
        next("Step 2 of 6");
        choose("pain-areas", "Lower back");
        choose("pain-duration", "More than 12 weeks");
        select("pain-now", "3");
        select("pain-worst-week", "5");
        next("Step 3 of 6");
        for (int item = 1; item <= 8; item++) {
            choose("start-back-" + item, "Disagree");
        }
        choose("start-back-9", "Slightly");
        assertThat(page.getByText("STarT Back Screening Tool © Keele University"))
                .isVisible();
        next("Step 4 of 6");
        page.locator("#q-sitting-hours input").fill("4");
        choose("works-from-home", "No");
        choose("slouches-often", "No");
        choose("activity-level", "Lightly active");
        next("Step 5 of 6");
        assertThat(page.locator("#hamstring-drawing svg")).isVisible();
        choose("leg-raise", "A little way (30° to 50°)");
        choose("leg-raise-pain-below-knee", "No");
        next("Step 6 of 6");
        choose("goals", "Less pain");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results"))
                .click();

        page.waitForURL(Pattern.compile(".*/results$"));
        assertThat(page.locator("#risk-group")).hasText("Lower risk of a slow recovery");
        assertThat(page.locator("#hamstring-finding")).hasText("Your leg raise suggests tight hamstrings");
        assertThat(page.locator("#gp-soon")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See my programme"))
                .click();

        page.waitForURL(Pattern.compile(".*/programme$"));
        assertThat(heading("Standing hip-hinge hamstring stretch")).isVisible();
        assertThat(heading("Lying doorway hamstring stretch")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log this session"))
                .click();
        assertThat(page.locator("#session-log h2")).isInViewport();
        page.locator("#log-done").getByText("I did this session").click();
        page.locator("#log-pain").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("4").setExact(true))
                .click();
        page.locator("#log-feedback").getByText("About right").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        assertThat(page.getByText("Session saved")).isVisible();
        // Without "I did this session" the log is noted but not called saved, and the old message goes.
        page.locator("#log-pain").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("3").setExact(true))
                .click();
        page.locator("#log-feedback").getByText("About right").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        assertThat(page.getByText("Noted: not counted as a session")).isVisible();
        assertThat(page.getByText("Session saved")).hasCount(0);
        // An error replaces the earlier message instead of sitting under it.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save session"))
                .click();
        assertThat(page.locator("#log-pain")).hasAttribute("invalid", "");
        assertThat(page.getByText("Noted: not counted as a session")).isHidden();

        page.navigate(url("/progress"));
        assertThat(page.locator("#pain-chart-svg circle.pain-point")).hasCount(2);
        assertThat(page.locator("#pain-chart-svg circle.pain-point").first()).hasAttribute("data-pain", "4");
        assertThat(page.locator("#weeks-chart rect.week-bar").last()).hasAttribute("data-sessions", "1");
        assertThat(page.locator("#pain-chart-svg .result-marker")).hasCount(1);
    }

    @Test
    void a_member_with_new_bladder_trouble_is_sent_to_a_and_e_and_gets_no_programme() {
        signInAsNewMember("Uma");
        page.navigate(url("/questionnaire"));

        stepShows("Step 1 of 6");
        safetyStep("red-flag-bladder-bowel", null, null);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();

        page.waitForURL(Pattern.compile(".*/results$"));
        assertThat(page.locator("#results-heading")).hasText("Go to A&E now");
        assertThat(page.locator("#clinic-phone")).hasAttribute("href", "tel:+442039473222");
        assertThat(page.locator("#no-programme")).isVisible();
        page.navigate(url("/programme"));
        assertThat(page.locator("#programme-suspended")).isVisible();
        assertThat(page.locator(".exercise")).hasCount(0);
    }

    @Test
    void yes_to_the_both_legs_question_sends_the_member_to_a_and_e_with_a_call_999_link_and_no_programme() {
        signInAsNewMember("Bo");
        page.navigate(url("/questionnaire"));

        safetyStep("red-flag-both-legs", null, null);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();

        page.waitForURL(Pattern.compile(".*/results$"));
        assertThat(page.locator("#results-heading")).hasText("Go to A&E now");
        Locator call999 = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 999"));
        assertThat(call999).hasAttribute("href", "tel:999");
        assertThat(page.locator("#call-111")).hasCount(0);
        assertThat(page.locator("#to-programme")).hasCount(0);
        page.navigate(url("/programme"));
        assertThat(page.locator("#programme-suspended")).isVisible();
        assertThat(page.locator(".exercise")).hasCount(0);
    }

    @Test
    void yes_to_one_weakening_leg_gives_urgent_advice_today_with_call_111_not_a_and_e() {
        signInAsNewMember("Wen");
        page.navigate(url("/questionnaire"));

        safetyStep("red-flag-one-leg-weakness", null, null);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();

        page.waitForURL(Pattern.compile(".*/results$"));
        assertThat(page.locator("#results-heading")).hasText("Get urgent advice today");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 111")))
                .hasAttribute("href", "tel:111");
        assertThat(page.locator("#call-999")).hasCount(0);
        assertThat(page.getByText("Go to A&E now")).hasCount(0);
        assertThat(page.locator("#clearance")).isVisible();
    }

    @Test
    void a_55_year_old_with_new_pain_and_no_flags_is_advised_to_book_a_gp_and_gets_a_gentle_programme() {
        signInAsNewMember("Sal");
        page.navigate(url("/questionnaire"));

        safetyStep(null, String.valueOf(java.time.Year.now().getValue() - 55), "Yes");
        next("Step 2 of 6");
        choose("pain-areas", "Lower back");
        choose("pain-duration", "Less than 6 weeks");
        select("pain-now", "3");
        select("pain-worst-week", "4");
        next("Step 3 of 6");
        for (int item = 1; item <= 8; item++) {
            choose("start-back-" + item, "Disagree");
        }
        choose("start-back-9", "Slightly");
        next("Step 4 of 6");
        page.locator("#q-sitting-hours input").fill("3");
        choose("works-from-home", "No");
        choose("slouches-often", "No");
        choose("activity-level", "Lightly active");
        next("Step 5 of 6");
        choose("leg-raise", "A little way (30° to 50°)");
        choose("leg-raise-pain-below-knee", "No");
        next("Step 6 of 6");
        choose("goals", "Less pain");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("See my results"))
                .click();

        page.waitForURL(Pattern.compile(".*/results$"));
        assertThat(page.locator("#gp-soon")).hasText("Book a GP appointment");
        assertThat(page.locator("#results-heading")).hasText("Your results");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See my programme"))
                .click();

        page.waitForURL(Pattern.compile(".*/programme$"));
        assertThat(page.locator(".exercise").first()).isVisible();
        assertThat(page.getByText("gentle doses", new Page.GetByTextOptions().setExact(false))
                        .first())
                .isVisible();
    }

    /** Answers the safety step: "Yes" to {@code yesTo} (or to nothing), and the age questions when given. */
    private void safetyStep(String yesTo, String yearOfBirth, String newPain) {
        for (String id : RED_FLAGS) {
            choose(id, id.equals(yesTo) ? "Yes" : "No");
        }
        if (yearOfBirth != null) {
            page.locator("#q-year-of-birth input").fill(yearOfBirth);
        }
        if (newPain != null) {
            choose("back-pain-new", newPain);
        }
    }

    private void signInAsNewMember(String name) {
        String email = Members.uniqueEmail(name.toLowerCase());
        Members.verifiedMember(signup, events, name, email);
        signIn(email, Members.PASSWORD);
    }

    private void stepShows(String text) {
        assertThat(page.locator("#step-indicator")).hasText(text);
    }

    private void choose(String questionId, String label) {
        page.locator("#q-" + questionId)
                .getByText(label, new Locator.GetByTextOptions().setExact(true))
                .click();
    }

    private void select(String questionId, String option) {
        page.locator("#q-" + questionId).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(option).setExact(true))
                .click();
    }

    private void next(String expectedStep) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"))
                .click();
        stepShows(expectedStep);
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }
}
