package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.admin.ui.MemberDetailView;
import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member page's premium section: tier, timeline and the grant action behind a reason. */
class MemberBillingPageTest extends AdminTestBase {

    @Autowired
    PremiumAccess access;

    @Autowired
    CheckoutService checkout;

    @Autowired
    BillingService memberBilling;

    @Test
    void an_admin_grants_a_month_of_premium_from_the_member_page_and_sees_the_tier_and_the_grant() {
        long id = verifiedMember("Tess");
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);
        assertThat($(Paragraph.class).id("tier").getText()).startsWith("Tier: Free; no subscription");

        test($(Button.class).id("grant")).click();
        test($(Button.class).id("confirm")).click();
        assertThat(access.tierFor(id)).isEqualTo(Tier.FREE);
        test($(TextArea.class).id("reason")).setValue("Physio recommends the premium programme");
        test($(Button.class).id("confirm")).click();

        assertThat(access.tierFor(id)).isEqualTo(Tier.PREMIUM);
        assertThat($(Paragraph.class).id("tier").getText()).startsWith("Tier: Premium");
        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.GRANTED_PREMIUM));
        assertThat($(Button.class).all()).anyMatch(b -> b.getId().orElse("").startsWith("revoke-"));
    }

    @Test
    void a_refund_above_the_payment_is_refused_with_the_message_next_to_the_amount() {
        long id = verifiedMember("Rafe");
        Members.signIn(members, tx, id);
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.TRIALING);
        memberBilling.simulateRenewal();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.ACTIVE);
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);
        assertThat($(Paragraph.class).id("tier").getText()).contains("Premium monthly, Active");

        test($(Button.class).id("refund")).click();
        test($(BigDecimalField.class).id("refund-amount")).setValue(new BigDecimal("20.00"));
        test($(TextArea.class).id("reason")).setValue("Charged twice this month");
        test($(Button.class).id("confirm")).click();

        BigDecimalField amount = $(BigDecimalField.class).id("refund-amount");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("At most the payment of £9.99.");
        assertThat(auditFor(id)).isEmpty();

        test(amount).setValue(new BigDecimal("9.99"));
        test($(Button.class).id("confirm")).click();
        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("in full: £9.99"));
    }

    @Test
    void refund_is_offered_only_once_the_member_has_paid() {
        long id = verifiedMember("Trixie");
        Members.signIn(members, tx, id);
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.TRIALING);
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);

        assertThat($(Paragraph.class).id("tier").getText()).contains("Free trial");
        assertThat($(Button.class).all()).noneMatch(b -> b.getText().equals("Refund last payment"));
        assertThat($(Button.class).all()).anyMatch(b -> b.getText().equals("Cancel now"));
    }

    @Test
    void granting_a_paying_member_says_what_happens_to_the_subscription_and_the_summary_mentions_the_grant() {
        long id = verifiedMember("Gwen");
        Members.signIn(members, tx, id);
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.TRIALING);
        signInAsAdmin();
        navigate("admin/members/" + id, MemberDetailView.class);

        test($(Button.class).id("grant")).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).first();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("This member pays for Premium (£9.99 a month, next renewal 3 December 2026)");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<com.backinshape.portal.billing.PaymentsDuringGrant> payments =
                $(com.vaadin.flow.component.select.Select.class).id("grant-payments");
        test(payments).selectItem("Pause payments until the grant ends");
        test($(TextArea.class).id("reason")).setValue("Clinic patient recovering from surgery");
        test($(Button.class).id("confirm")).click();

        assertThat($(Paragraph.class).id("tier").getText())
                .contains("complimentary Premium until 26 December 2026 (pause payments until the grant ends)");
        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("pause payments"));
    }
}
