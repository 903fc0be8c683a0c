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

    @Autowired ComplimentaryPremium complimentary;

    @Test
    void an_admin_grants_premium_plus_until_a_date_and_revokes_it() {
        long guest = signedInMember("Gil");
        assertThatThrownBy(() -> complimentary.grant(guest, Tier.PREMIUM, START.plus(Duration.ofDays(30)), "self"))
                .isInstanceOf(AccessDeniedException.class);
        long admin = members.findByEmailKey(Member.emailKey("admin@test.local")).orElseThrow().requireId();
        Members.signIn(members, tx, admin);

        assertThatThrownBy(() -> complimentary.grant(guest, Tier.PREMIUM, START.minusSeconds(1), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).containsKeys("validUntil", "reason"));
        var grant = complimentary.grant(guest, Tier.PREMIUM_PLUS, START.plus(Duration.ofDays(30)), "Clinic patient");

        assertThat(access.tierFor(guest)).isEqualTo(Tier.PREMIUM_PLUS);
        assertThat(grant.grantedBy()).isEqualTo(admin);
        assertThat(access.tierAt(guest, START.plus(Duration.ofDays(30)))).isEqualTo(Tier.FREE);
        complimentary.revoke(grant.id());
        assertThat(access.tierFor(guest)).isEqualTo(Tier.FREE);
    }
}
