package com.backinshape.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.BrowserTest;
import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.SignupService;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.assessment.AnswersBuilder;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.Questionnaires;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * axe-core on every page a visitor, a member and an admin can reach, on a phone (390 px) and a laptop (1280 px): no
 * serious or critical accessibility violation, and no page that scrolls sideways.
 */
@RecordApplicationEvents
class AccessibilityJourneyTest extends BrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

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

    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void every_page_a_visitor_can_reach_is_accessible_and_fits_the_width(int width) {
        page.setViewportSize(width, 900);

        for (String path : List.of(
                "/",
                "/?ref=tight-hamstrings",
                "/terms",
                "/privacy",
                "/cookies",
                "/login",
                "/login?error",
                "/signup",
                "/forgot-password",
                "/verify",
                "/verify?token=not-a-real-link",
                "/pricing",
                "/reset-password?token=not-a-real-link",
                "/no-such-page")) {
            check(path);
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void every_page_a_member_can_reach_is_accessible_and_fits_the_width(int width) {
        page.setViewportSize(width, 900);
        String email = Members.uniqueEmail("axel");
        long id = Members.verifiedMember(signup, events, "Axel", email);
        signIn(email, Members.PASSWORD);

        check("/home");
        check("/questionnaire");
        Members.signIn(members, tx, id);
        Questionnaires.take(assessments, AnswersBuilder.answers().build());
        for (String path : List.of(
                "/home",
                "/results",
                "/programme",
                "/progress",
                "/strength",
                "/premium-plus",
                "/account",
                "/pricing",
                "/billing",
                "/no-such-page",
                "/admin")) {
            check(path);
        }

        page.navigate(url("/pricing"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Choose Premium").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/checkout/simulated\\?session=.*"));
        checkCurrentPage();
        field("Card number").fill("4242 4242 4242 4242");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Pay").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/checkout/return.*"));
        checkCurrentPage();
        for (String path : List.of("/home", "/strength", "/billing")) {
            check(path);
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void every_page_an_admin_can_reach_is_accessible_and_fits_the_width(int width) {
        page.setViewportSize(width, 900);
        long member = Members.verifiedMember(signup, events, "Ada", Members.uniqueEmail("ada"));
        signIn("admin@test.local", "admin-password-for-tests");

        for (String path : List.of(
                "/admin",
                "/admin/members",
                "/admin/members/" + member,
                "/admin/audit",
                "/admin/events",
                "/admin/video-reviews",
                "/home",
                "/account")) {
            check(path);
        }

        assertThat(problems).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_visitor_joins_with_the_keyboard_alone_and_always_sees_where_the_focus_is() {
        String email = Members.uniqueEmail("kay");
        page.navigate(url("/signup"));
        page.locator("h1").first().waitFor();

        tabTo("first-name");
        page.keyboard().type("Kay");
        tabTo("email");
        page.keyboard().type(email);
        tabTo("password");
        page.keyboard().type("stretch slowly every morning");
        tabTo("adult");
        page.keyboard().press("Space");
        tabTo("terms");
        page.keyboard().press("Space");
        tabTo("health");
        page.keyboard().press("Space");
        tabTo("create-account");
        page.keyboard().press("Enter");

        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox")))
                .isVisible();
    }

    /**
     * Presses Tab until the component with this id has the focus, checking on the way that every focused element shows
     * it (Vaadin's focus ring, or the browser's :focus-visible outline).
     */
    private void tabTo(String id) {
        for (int i = 0; i < 25; i++) {
            page.keyboard().press("Tab");
            var focus = page.evaluate("""
                    () => {
                      let el = document.activeElement;
                      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                      if (!el || el === document.body) return {id: '', visible: false, what: 'nothing'};
                      // a field's input sits in its component (slot="input"): the component carries the id
                      const host = el.getRootNode().host || (el.getAttribute('slot') ? el.parentElement : el);
                      const ringed = el.closest('[focus-ring]') || (el.getRootNode().host && el.getRootNode().host.hasAttribute('focus-ring'));
                      const style = getComputedStyle(el);
                      const outlined = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                      return {id: host.id || '', visible: !!(ringed || outlined), what: el.outerHTML.substring(0, 120)};
                    }""");
            @SuppressWarnings("unchecked")
            var info = (java.util.Map<String, Object>) focus;
            if ("nothing".equals(info.get("what"))) {
                continue; // between the page and the browser's own controls
            }
            assertThat((Boolean) info.get("visible"))
                    .as("the focus is visible on %s", info.get("what"))
                    .isTrue();
            if (id.equals(info.get("id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void check(String path) {
        page.navigate(url(path));
        checkCurrentPage();
    }

    /** Records each serious or critical violation and any sideways scrolling of the page shown now. */
    private void checkCurrentPage() {
        page.locator("h1").first().waitFor();
        page.waitForLoadState();
        String where = page.url().replace(url(""), "") + " at " + page.viewportSize().width + " px";
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                var targets = rule.getNodes().stream()
                        .limit(3)
                        .map(n -> String.valueOf(n.getTarget()))
                        .toList();
                problems.add(
                        where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " " + targets);
            }
        }
        Object sideways = page.evaluate("""
                () => {
                  const wide = [];
                  const doc = document.documentElement;
                  if (doc.scrollWidth > doc.clientWidth + 1) wide.push('page ' + doc.scrollWidth + ' > ' + doc.clientWidth);
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
                  if (content && content.scrollWidth > content.clientWidth + 1) {
                    wide.push('content ' + content.scrollWidth + ' > ' + content.clientWidth);
                  }
                  return wide.join('; ');
                }""");
        if (sideways != null && !sideways.toString().isEmpty()) {
            problems.add(where + ": scrolls sideways (" + sideways + ")");
        }
    }
}
