package com.backinshape.portal.premiumplus;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.billing.Tier;
import com.backinshape.portal.premiumplus.ui.PremiumPlusView;
import com.backinshape.portal.programme.PremiumTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** /premium-plus without a browser. */
class PremiumPlusViewTest extends PremiumTestBase {

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void a_premium_member_sees_what_premium_plus_adds_and_an_upgrade_link_but_no_code() {
        signedInMember("Pete", Tier.PREMIUM);

        navigate(PremiumPlusView.class);

        assertThat($(Div.class).id("premium-plus-locked").getElement().getTextRecursively())
                .contains("video review")
                .contains("10% off");
        assertThat($(Anchor.class).id("upgrade").getHref()).isEqualTo("/pricing");
        assertThat($(Span.class).all()).noneMatch(s -> s.getId().orElse("").equals("discount-code"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_premium_plus_member_sees_their_code_and_requests_this_months_review() {
        signedInMember("Pearl", Tier.PREMIUM_PLUS);

        navigate(PremiumPlusView.class);
        assertThat($(Span.class).id("discount-code").getText()).startsWith("BIS-");
        test($(Button.class).id("request-review")).click();
        assertThat($(DatePicker.class).id("review-date").isInvalid()).isTrue();

        $(DatePicker.class).id("review-date").setValue(LocalDate.of(2026, 12, 2));
        test($(RadioButtonGroup.class).id("review-window")).selectItem("Morning (9:00 to 12:00)");
        test($(Button.class).id("request-review")).click();

        assertThat($(Div.class).id("video-review-requested").getElement().getTextRecursively())
                .contains("Requested for 2 December 2026, morning");
    }
}
