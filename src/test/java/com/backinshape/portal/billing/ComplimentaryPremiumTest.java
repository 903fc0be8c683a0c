package com.backinshape.portal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backinshape.portal.account.Members;
import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Complimentary premium: only admins grant it, with a reason, until a date; PremiumAccess counts it. */
class ComplimentaryPremiumTest extends BillingTestBase {

    @Autowired
    ComplimentaryPremium complimentary;

    @Test
    void an_admin_grants_premium_plus_until_a_date_and_revokes_it() {
        long guest = signedInMember("Gil");
        assertThatThrownBy(() -> complimentary.grant(guest, Tier.PREMIUM, START.plus(Duration.ofDays(30)), "self"))
                .isInstanceOf(AccessDeniedException.class);
        long admin = members.findByEmailKey(Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId();
        Members.signIn(members, tx, admin);

        assertThatThrownBy(() -> complimentary.grant(guest, Tier.PREMIUM, START.minusSeconds(1), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsKeys("validUntil", "reason"));
        var grant = complimentary.grant(guest, Tier.PREMIUM_PLUS, START.plus(Duration.ofDays(30)), "Clinic patient");

        assertThat(access.tierFor(guest)).isEqualTo(Tier.PREMIUM_PLUS);
        assertThat(grant.grantedBy()).isEqualTo(admin);
        assertThat(access.tierAt(guest, START.plus(Duration.ofDays(30)))).isEqualTo(Tier.FREE);
        complimentary.revoke(grant.id());
        assertThat(access.tierFor(guest)).isEqualTo(Tier.FREE);
    }

    @Test
    void a_paying_member_given_a_month_is_not_charged_during_it_and_sees_the_grant_on_the_billing_page() {
        long pat = signedInMember("Pat");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventually(
                () -> subscriptions.findByMemberId(pat).map(r -> r.getStatus()).orElse(null),
                s -> s == SubscriptionStatus.TRIALING);
        billing.simulateRenewal();
        eventually(() -> row(pat).getStatus(), s -> s == SubscriptionStatus.ACTIVE);
        java.time.Instant paidUntil = row(pat).getCurrentPeriodEnd();
        signInAsAdmin();

        assertThat(complimentary.isPaying(pat)).isTrue();
        java.time.Instant monthLater = START.plus(Duration.ofDays(30));
        assertThatThrownBy(() -> complimentary.grant(pat, Tier.PREMIUM, monthLater, "Clinic patient"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).containsOnlyKeys("payments"));
        complimentary.grant(pat, Tier.PREMIUM, monthLater, "Clinic patient", PaymentsDuringGrant.MOVE_RENEWAL);

        var moved = eventually(() -> row(pat), r -> r.getStatus() == SubscriptionStatus.TRIALING);
        assertThat(moved.getCurrentPeriodEnd()).isEqualTo(paidUntil.plus(Duration.ofDays(30)));
        Members.signIn(members, tx, pat);
        var overview = billing.overview();
        assertThat(overview.grant())
                .isEqualTo(new BillingService.ComplimentaryGrantView(
                        Tier.PREMIUM, monthLater, PaymentsDuringGrant.MOVE_RENEWAL));
        navigate(com.backinshape.portal.billing.ui.BillingView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("complimentary-grant")
                        .getElement()
                        .getTextRecursively())
                .contains("free of charge until 26 December 2026")
                .contains("next renewal has moved to "
                        + com.backinshape.portal.base.TimeConfig.DATE.format(moved.getCurrentPeriodEnd()));
    }

    @Test
    void pausing_payments_takes_nothing_at_a_renewal_during_the_grant_and_revoking_takes_payments_again() {
        long pam = signedInMember("Pam");
        upgrade(Tier.PREMIUM, Period.MONTHLY);
        eventually(
                () -> subscriptions.findByMemberId(pam).map(r -> r.getStatus()).orElse(null),
                s -> s == SubscriptionStatus.TRIALING);
        billing.simulateRenewal();
        eventually(() -> row(pam).getStatus(), s -> s == SubscriptionStatus.ACTIVE);
        long paidEmails = stripeEvents.findAll().stream()
                .filter(e ->
                        Long.valueOf(pam).equals(e.getMemberId()) && e.getType().equals("invoice.paid"))
                .count();
        signInAsAdmin();
        var grant = complimentary.grant(
                pam, Tier.PREMIUM, START.plus(Duration.ofDays(60)), "Clinic patient", PaymentsDuringGrant.PAUSE);
        String sub = row(pam).getStripeSubscriptionId();
        assertThat(simulatedStripe
                        .get(sub)
                        .getAsJsonObject("pause_collection")
                        .get("behavior")
                        .getAsString())
                .isEqualTo("void");

        Members.signIn(members, tx, pam);
        java.time.Instant before = row(pam).getCurrentPeriodEnd();
        clock.set(START.plus(Duration.ofDays(31)));
        billing.simulateRenewal();
        eventually(() -> row(pam).getCurrentPeriodEnd(), end -> end.isAfter(before));
        assertThat(row(pam).getStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(stripeEvents.findAll().stream()
                        .filter(e -> Long.valueOf(pam).equals(e.getMemberId())
                                && e.getType().equals("invoice.paid"))
                        .count())
                .isEqualTo(paidEmails);
        navigate(com.backinshape.portal.billing.ui.BillingView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("complimentary-grant")
                        .getElement()
                        .getTextRecursively())
                .contains("Payments for your subscription are paused until then");

        signInAsAdmin();
        complimentary.revoke(grant.id());
        assertThat(simulatedStripe.get(sub).get("pause_collection").isJsonNull())
                .isTrue();
    }

    private void signInAsAdmin() {
        long admin = members.findByEmailKey(Member.emailKey("admin@test.local"))
                .orElseThrow()
                .requireId();
        Members.signIn(members, tx, admin);
    }
}
