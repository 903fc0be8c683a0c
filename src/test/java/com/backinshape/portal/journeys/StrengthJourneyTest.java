package com.backinshape.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Premium strength training in Chromium: locked while free, unlocked by billing's simulated checkout. */
@RecordApplicationEvents
class StrengthJourneyTest extends BrowserTest {

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
    void a_free_member_sees_the_locked_preview_upgrades_with_the_test_card_and_opens_strong_back_foundations() {
        String email = Members.uniqueEmail("sam");
        Members.verifiedMember(signup, events, "Sam", email);
        signIn(email, Members.PASSWORD);

        page.navigate(url("/strength"));
        assertThat(page.locator("#strength-locked")).containsText("Part of Premium");
        assertThat(page.locator("#exercise-glute-bridge")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upgrade to Premium"))
                .click();

        page.waitForURL(Pattern.compile(".*/pricing.*"));
        button("Choose Premium").click();
        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        field("Card number").fill("4242 4242 4242 4242");
        button("Pay").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Premium")))
                .isVisible();

        page.navigate(url("/strength"));
        assertThat(page.locator("#strength-needs-questionnaire")).containsText("First, a quick safety check");
        answerTheQuestionnaireWithoutRedFlags(email);

        page.navigate(url("/strength"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Strong back foundations")))
                .isVisible();
        assertThat(page.locator("#strength-week")).containsText("Phase 1 of 3, Activation: week 1 of 6");
        assertThat(page.locator("#stay-safe")).containsText("form starts to slip");
        assertThat(page.locator("#exercise-glute-bridge")).containsText("How to do it");
        assertThat(page.locator("#session-log")).isVisible();
    }

    /** The questionnaire itself has its own journey; here it is answered through the service, as the member. */
    private void answerTheQuestionnaireWithoutRedFlags(String email) {
        long id = members.findByEmailKey(Member.emailKey(email)).orElseThrow().requireId();
        Members.signIn(members, tx, id);
        Questionnaires.take(assessments, AnswersBuilder.answers().build());
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
