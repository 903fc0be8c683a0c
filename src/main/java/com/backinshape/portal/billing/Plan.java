package com.backinshape.portal.billing;

/** A paid tier billed monthly or yearly. */
public record Plan(Tier tier, Period period) {
    public Plan {
        if (!tier.isPaid()) {
            throw new IllegalArgumentException("Only paid tiers have plans");
        }
    }
}
