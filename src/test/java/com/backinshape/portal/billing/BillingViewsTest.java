package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.SqlStatements;
import com.backinshape.portal.billing.ui.BillingView;
import com.backinshape.portal.billing.ui.PricingView;
import com.backinshape.portal.billing.ui.SimulatedCheckoutView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The billing views without a browser: what a visitor, a free member and a subscriber see. */
class BillingViewsTest extends BillingTestBase {

    private String text(Div div) {
        return div.getElement().getTextRecursively();
    }

    @Test
    void a_member_switching_the_billing_period_waits_for_no_query() {
        signedInMember("Quin");
        navigate(PricingView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Period> period = $(RadioButtonGroup.class).id("billing-period");

        List<String> statements = SqlStatements.during(() -> test(period).selectItem("Yearly"));

        assertThat(text($(Div.class).id("plan-premium"))).contains("£89 a year");
        assertThat(statements).as("SQL run by the click").isEmpty();
    }

    @Test
    void a_visitor_sees_the_three_plans_with_monthly_prices_and_the_yearly_saving_and_is_asked_to_join_first() {
        navigate(PricingView.class);

        assertThat(text($(Div.class).id("plan-free"))).contains("£0");
        assertThat(text($(Div.class).id("plan-premium"))).contains("£9.99 a month");
        assertThat(text($(Div.class).id("plan-premium-plus"))).contains("£24.99 a month");
        assertThat($(Paragraph.class).all())
                .anyMatch(p -> p.getElement().getTextRecursively().contains("join free"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Period> period = $(RadioButtonGroup.class).id("billing-period");
        test(period).selectItem("Yearly");

        assertThat(text($(Div.class).id("plan-premium"))).contains("£89 a year").contains("Save £30.88 a year");
        assertThat(text($(Div.class).id("plan-premium-plus")))
                .contains("£239 a year")
                .contains("Save £60.88 a year");
        assertThat($(Button.class).all()).extracting(Button::getText).contains("Choose Premium", "Choose Premium Plus");

        test(period).selectItem("Monthly");

        assertThat(text($(Div.class).id("plan-premium")))
                .contains("£9.99 a month")
                .doesNotContain("Save");
        assertThat(text($(Div.class).id("plan-premium-plus")))
                .contains("£24.99 a month")
                .doesNotContain("Save");
    }

    @Test
    void a_declined_card_is_explained_next_to_the_card_field() {
        signedInMember("Ned");
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "checkout/simulated",
                        com.vaadin.flow.router.QueryParameters.of(
                                "session", url.substring(url.indexOf("session=") + 8)));
        assertThat(getCurrentView()).isInstanceOf(SimulatedCheckoutView.class);

        assertThat(text($(Div.class).id("test-checkout-banner"))).isEqualTo("Test checkout: no real payment");
        test($(TextField.class).id("card-number")).setValue("4000 0000 0000 0002");
        test($(Button.class).id("pay")).click();

        assertThat($(TextField.class).id("card-number").isInvalid()).isTrue();
        assertThat($(TextField.class).id("card-number").getErrorMessage()).contains("declined");
    }

    @Test
    void a_subscriber_sees_plan_renewal_and_in_simulated_mode_an_explanation_instead_of_the_customer_portal() {
        long ola = signedInMember("Ola");
        upgrade(Tier.PREMIUM_PLUS, Period.YEARLY);
        eventuallyTier(ola, Tier.PREMIUM_PLUS);

        navigate(BillingView.class);

        String facts = $(com.vaadin.flow.component.html.DescriptionList.class)
                .id("billing-facts")
                .getElement()
                .getTextRecursively();
        assertThat(facts)
                .contains("Premium Plus, yearly")
                .contains("Free trial until3 December 2026")
                .contains("Next renewal3 December 2026, £239");
        test($(Button.class).id("manage-card")).click();
        assertThat($(Paragraph.class).all())
                .anyMatch(p -> p.getText().contains("Payments are simulated on this server"));
        // this server sends email (a mail host is configured): the simulated test controls are not offered
        assertThat($(Button.class).withId("renew-now").all()).isEmpty();
        assertThat($(Button.class).withId("fail-next-renewal").all()).isEmpty();
    }

    @Test
    void cancelling_asks_first_saying_until_when_premium_stays_and_keeping_changes_nothing() {
        long pia = signedInMember("Pia");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(pia, Tier.PREMIUM);
        navigate(BillingView.class);

        test($(Button.class).id("cancel-subscription")).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).id("cancel-dialog");
        assertThat(dialog.getElement().getTextRecursively()).contains("You keep Premium until 3 December 2026.");
        assertThat($(Button.class).id("confirm-cancel").getText()).isEqualTo("Cancel subscription");
        test($(Button.class).id("keep-subscription")).click();
        assertThat(row(pia).isCancelAtPeriodEnd()).isFalse();

        test($(Button.class).id("cancel-subscription")).click();
        test($(Button.class).id("confirm-cancel")).click();
        eventually(() -> row(pia).isCancelAtPeriodEnd(), c -> c);
    }

    @Test
    void the_plan_change_options_show_their_prices() {
        long quin = signedInMember("Quin");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventuallyTier(quin, Tier.PREMIUM);
        navigate(BillingView.class);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Plan> plans =
                $(com.vaadin.flow.component.select.Select.class).id("change-plan");
        assertThat(plans.getListDataView()
                        .getItems()
                        .map(p -> plans.getItemLabelGenerator().apply(p))
                        .toList())
                .containsExactly(
                        "Premium, yearly – £89 a year",
                        "Premium Plus, monthly – £24.99 a month",
                        "Premium Plus, yearly – £239 a year");
    }
}
