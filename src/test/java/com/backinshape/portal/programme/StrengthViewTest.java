package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.account.ui.HomeView;
import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.programme.ui.StrengthView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

/** /strength without a browser: a free member sees a locked preview, a premium member this week's session. */
class StrengthViewTest extends PremiumTestBase {

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void a_free_member_sees_the_locked_preview_and_an_upgrade_link_but_no_exercise_details() {
        signedInMember("Fred", Tier.FREE);

        navigate(StrengthView.class);

        assertThat($(Div.class).id("strength-locked").getElement().getTextRecursively())
                .contains("Part of Premium");
        assertThat(page())
                .contains("Strong back foundations")
                .contains("Glute bridge")
                .contains("Split squat");
        Anchor upgrade = $(Anchor.class).id("upgrade");
        assertThat(upgrade.getHref()).isEqualTo("/pricing");
        assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").startsWith("exercise-"));
        assertThat(page())
                .doesNotContain("How to do it")
                .doesNotContain("seconds' rest")
                .doesNotContain("Log today's session");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_premium_member_sees_this_weeks_session_with_doses_and_cues_and_logs_it() {
        signedInMember("Prue", Tier.PREMIUM);

        navigate(StrengthView.class);

        assertThat($(Paragraph.class).id("strength-week").getText()).contains("Phase 1 of 3, Activation: week 1 of 6");
        Div bridge = $(Div.class).id("exercise-glute-bridge");
        assertThat(bridge.getElement().getTextRecursively())
                .contains("Hold for 2 seconds")
                .contains("2 sets with 45 seconds' rest")
                .doesNotContain("natural curve");
        assertThat($(Div.class).id("stay-safe").getElement().getTextRecursively())
                .contains("Stay safe")
                .contains("For every exercise")
                .contains("form starts to slip");
        assertThat($(RadioButtonGroup.class).id("log-leg-symptoms").getLabel())
                .isEqualTo("Any new pain, tingling or numbness in your legs?");
        assertThat($(Div.class).id("next-time").getElement().getTextRecursively())
                .contains("week 2");

        test($(Checkbox.class).id("log-done")).click();
        test($(Select.class).id("log-pain")).selectItem("2");
        test($(RadioButtonGroup.class).id("log-feedback")).selectItem("Too easy");
        test($(RadioButtonGroup.class).id("log-leg-symptoms")).selectItem("No");
        test($(Button.class).id("save-session")).click();
        assertThat(page()).contains("Session saved.");
        clock.advance(java.time.Duration.ofDays(1));
        test($(Checkbox.class).id("log-done")).click();
        test($(Select.class).id("log-pain")).selectItem("2");
        test($(RadioButtonGroup.class).id("log-feedback")).selectItem("Too easy");
        test($(RadioButtonGroup.class).id("log-leg-symptoms")).selectItem("No");
        test($(Button.class).id("save-session")).click();

        assertThat($(Paragraph.class).id("strength-change").getText()).contains("you move on to week 2");
        assertThat($(Paragraph.class).id("strength-week").getText()).contains("week 2 of 6");
    }

    @SuppressWarnings("unchecked")
    @Test
    void yes_to_new_leg_symptoms_pauses_the_programme_with_advice_on_the_page() {
        signedInMember("Lee", Tier.PREMIUM);
        navigate(StrengthView.class);

        test($(Checkbox.class).id("log-done")).click();
        test($(Select.class).id("log-pain")).selectItem("2");
        test($(RadioButtonGroup.class).id("log-feedback")).selectItem("About right");
        test($(RadioButtonGroup.class).id("log-leg-symptoms")).selectItem("Yes");
        test($(Button.class).id("save-session")).click();

        assertThat($(Div.class).id("strength-paused").getElement().getTextRecursively())
                .contains("paused")
                .contains("doctor or physiotherapist");
        assertThat($(Div.class).all()).noneMatch(d -> d.getId().orElse("").startsWith("exercise-"));
    }

    @Test
    void member_home_shows_this_weeks_strength_session_to_premium_members_only() {
        signedInMember("Hal", Tier.FREE);
        navigate(HomeView.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").equals("open-strength"));

        signedInMember("Hope", Tier.PREMIUM);
        navigate(HomeView.class);
        assertThat($(Anchor.class).id("open-strength").getHref()).isEqualTo("/strength");
        assertThat(page()).contains("This week's strength session");
    }
}
