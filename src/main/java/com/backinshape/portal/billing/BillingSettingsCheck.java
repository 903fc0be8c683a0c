package com.backinshape.portal.billing;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In production (profile {@code prod}) the portal refuses to start with simulated payments. */
@Component
@Profile("prod")
class BillingSettingsCheck implements InitializingBean {

    private final BillingProperties settings;

    BillingSettingsCheck(BillingProperties settings) {
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        if (!settings.stripe().enabled()) {
            throw new IllegalStateException("Refusing to start in production with simulated payments: set "
                    + "STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and the four STRIPE_PRICE_* Price ids");
        }
    }
}
