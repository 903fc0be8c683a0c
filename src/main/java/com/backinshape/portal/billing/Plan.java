package com.backinshape.portal.billing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A paid tier billed monthly or yearly. */
public record Plan(Tier tier, Period period) {
    public Plan {
        if (!tier.isPaid()) {
            throw new IllegalArgumentException("Only paid tiers have plans");
        }
    }

    /** The plan's name in a link, e.g. {@code premium-monthly} or {@code premium-plus-yearly}. */
    public String key() {
        return tier.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + period.name().toLowerCase(Locale.ROOT);
    }

    /** The paid plan a link names, or empty for anything else. */
    public static Optional<Plan> fromKey(@Nullable String key) {
        return Arrays.stream(Tier.values())
                .filter(Tier::isPaid)
                .flatMap(t -> Arrays.stream(Period.values()).map(p -> new Plan(t, p)))
                .filter(p -> p.key().equals(key))
                .findFirst();
    }
}
