package com.backinshape.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.billing.BillingService;
import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Money;
import com.backinshape.portal.billing.Period;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The billing actions of the member page, each with its reason in the audit log, in simulated payment mode. */
class MemberBillingActionsTest extends AdminTestBase {

    @Autowired
    MemberBilling billing;

    @Autowired
    MemberAdmin memberAdmin;

    @Autowired
    PremiumAccess access;

    @Autowired
    CheckoutService checkout;

    @Autowired
    BillingService memberBilling;

    @Test
    void a_month_of_complimentary_premium_gives_premium_now_and_ends_by_itself() {
        long id = verifiedMember("Gwen");
        signInAsAdmin();

        billing.grant(id, Tier.PREMIUM, GrantLength.ONE_MONTH, "Clinic patient, trial of the premium plan");

        assertThat(access.tierFor(id)).isEqualTo(Tier.PREMIUM);
        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.GRANTED_PREMIUM);
            assertThat(e.reason()).isEqualTo("Clinic patient, trial of the premium plan");
            assertThat(e.detail()).isEqualTo("Premium, 1 month");
        });
        assertThat(billing.file(id).timeline())
                .anySatisfy(t -> assertThat(t.what()).startsWith("Complimentary Premium granted"));
        clock.advance(Duration.ofDays(32));
        assertThat(access.tierFor(id)).isEqualTo(Tier.FREE);
    }

    @Test
    void revoking_a_grant_ends_premium_at_once_and_is_audited() {
        long id = verifiedMember("Rhod");
        signInAsAdmin();
        long grantId = billing.grant(id, Tier.PREMIUM_PLUS, GrantLength.NO_END, "Staff family member")
                .id();

        billing.revoke(id, grantId, "No longer staff family");

        assertThat(access.tierFor(id)).isEqualTo(Tier.FREE);
        assertThat(auditFor(id))
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.REVOKED_PREMIUM, AuditAction.GRANTED_PREMIUM);
    }

    @Test
    void a_grant_without_a_reason_or_a_paid_tier_is_refused_and_records_nothing() {
        long id = verifiedMember("Nell");
        signInAsAdmin();
        assertThatThrownBy(() -> billing.grant(id, Tier.PREMIUM, GrantLength.ONE_MONTH, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("reason"));
        assertThatThrownBy(() -> billing.grant(id, Tier.FREE, GrantLength.ONE_MONTH, "A good reason"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("tier"));
        assertThat(access.tierFor(id)).isEqualTo(Tier.FREE);
        assertThat(auditFor(id)).isEmpty();
    }

    @Test
    void cancelling_now_ends_paid_premium_and_is_audited() {
        long id = premiumMember("Cara");

        billing.cancel(id, false, "Member asked by phone to stop today");

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> access.tierFor(id) == Tier.FREE);
        assertThat(billing.file(id).subscription().status()).isEqualTo(SubscriptionStatus.CANCELED);
        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CANCELLED_NOW));
        assertThat(billing.file(id).timeline())
                .anySatisfy(t -> assertThat(t.what()).isEqualTo("Subscription ended"));
    }

    @Test
    void cancelling_at_period_end_keeps_premium_until_then() {
        long id = premiumMember("Pia");

        billing.cancel(id, true, "Moving abroad next month");

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> billing.file(id).subscription().cancelAtPeriodEnd());
        assertThat(access.tierFor(id)).isEqualTo(Tier.PREMIUM);
        assertThat(auditFor(id))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(AuditAction.CANCELLED_AT_PERIOD_END));
    }

    @Test
    void a_refund_is_at_most_the_payment_and_a_partial_one_is_audited_with_its_amount() {
        long id = premiumMember("Ruth");
        Members.signIn(members, tx, id);
        memberBilling.simulateRenewal();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> memberBilling.overview().status() == SubscriptionStatus.ACTIVE);
        signInAsAdmin();

        assertThatThrownBy(() -> billing.refund(id, new BigDecimal("500.00"), "Overcharged"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsEntry("amount", "At most the payment of £9.99."));
        assertThatThrownBy(() -> billing.refund(id, new BigDecimal("0"), "Overcharged"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKey("amount"));
        assertThat(auditFor(id)).isEmpty();

        Money refunded = billing.refund(id, new BigDecimal("4.50"), "Two weeks unused after an injury");

        assertThat(refunded).isEqualTo(Money.gbp(450));
        assertThat(auditFor(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFUNDED);
            assertThat(e.detail()).isEqualTo("in part: £4.50");
        });
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> billing.file(id).timeline().stream()
                        .anyMatch(t -> t.what().equals("Payment refunded")));
        assertThat(billing.file(id).timeline())
                .extracting(t -> t.what())
                .contains("Subscription renewed")
                .noneMatch(what -> what.contains("."));
    }

    @Test
    void erasing_a_member_cancels_their_subscription_now() {
        long id = premiumMember("Evie");

        memberAdmin.erase(id, "Member asked for erasure by email");

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> access.tierFor(id) == Tier.FREE);
        assertThat(billing.file(id).subscription().status()).isEqualTo(SubscriptionStatus.CANCELED);
    }

    /** A verified member who paid for Premium monthly through the simulated checkout; the admin is signed in after. */
    long premiumMember(String name) {
        long id = verifiedMember(name);
        Members.signIn(members, tx, id);
        String url = checkout.start(Tier.PREMIUM, Period.MONTHLY);
        checkout.paySimulated(url.substring(url.indexOf("session=") + "session=".length()), "4242 4242 4242 4242");
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> access.tierFor(id) == Tier.PREMIUM);
        signInAsAdmin();
        return id;
    }
}
