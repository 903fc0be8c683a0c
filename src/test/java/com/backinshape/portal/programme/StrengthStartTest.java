package com.backinshape.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.backinshape.portal.billing.CheckoutService;
import com.backinshape.portal.billing.Tier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After upgrading, the welcome page's first link: the questionnaire until one is completed, then strength training. */
class StrengthStartTest extends PremiumTestBase {

    @Autowired
    CheckoutService checkout;

    @Test
    void a_new_premium_member_starts_with_the_questionnaire_and_a_screened_one_with_strength_training() {
        unscreenedMember("Una", Tier.PREMIUM);
        assertThat(checkout.firstStep().path()).isEqualTo("/questionnaire");
        assertThat(checkout.firstStep().label()).isEqualTo("Start the questionnaire");

        signedInMember("Sam", Tier.PREMIUM);
        assertThat(checkout.firstStep().path()).isEqualTo("/strength");
        assertThat(checkout.firstStep().label()).isEqualTo("Start strength training");
    }
}
