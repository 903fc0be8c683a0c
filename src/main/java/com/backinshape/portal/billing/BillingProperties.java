package com.backinshape.portal.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Billing settings ({@code billing.*}): Stripe's keys and one entry per paid tier and period holding both the Stripe
 * Price id and the amount the pricing page shows. Stripe mode when a secret key is set, then every Price id and the
 * webhook secret are required; simulated mode otherwise.
 */
@Validated
@ConfigurationProperties("billing")
public record BillingProperties(
        @Valid @NotNull StripeSettings stripe,
        @Valid @NotNull Prices prices,
        @NotNull Duration gracePeriod,
        @Min(0) int trialDays) {

    public BillingProperties {
        if (stripe != null && stripe.enabled() && prices != null) {
            List<String> missing = new ArrayList<>();
            if (stripe.webhookSecret() == null || stripe.webhookSecret().isBlank()) {
                missing.add("STRIPE_WEBHOOK_SECRET");
            }
            for (Tier tier : List.of(Tier.PREMIUM, Tier.PREMIUM_PLUS)) {
                for (Period period : Period.values()) {
                    String id = prices.of(tier, period).stripePriceId();
                    if (id == null || id.isBlank()) {
                        missing.add("STRIPE_PRICE_" + tier.name() + "_" + period.name());
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("STRIPE_SECRET_KEY is set, so these are required too: " + missing);
            }
        }
    }

    /** @param secretKey empty for simulated mode */
    public record StripeSettings(
            @Nullable String secretKey,
            @Nullable String webhookSecret,
            @NotNull URI apiBase) {
        public boolean enabled() {
            return secretKey != null && !secretKey.isBlank();
        }
    }

    public record Prices(
            @Valid @NotNull Price premiumMonthly,
            @Valid @NotNull Price premiumYearly,
            @Valid @NotNull Price premiumPlusMonthly,
            @Valid @NotNull Price premiumPlusYearly) {

        public Price of(Tier tier, Period period) {
            return switch (tier) {
                case PREMIUM -> period == Period.MONTHLY ? premiumMonthly : premiumYearly;
                case PREMIUM_PLUS -> period == Period.MONTHLY ? premiumPlusMonthly : premiumPlusYearly;
                case FREE -> throw new IllegalArgumentException("The free tier has no price");
            };
        }
    }

    /** @param stripePriceId the Price in Stripe (empty in simulated mode) */
    public record Price(
            @Nullable String stripePriceId, @NotNull Money amount) {}

    /** The Price id Stripe knows this plan by; in simulated mode a stable made-up one. */
    public String priceId(Tier tier, Period period) {
        String id = prices.of(tier, period).stripePriceId();
        return id == null || id.isBlank()
                ? "price_sim_" + tier.name().toLowerCase() + "_" + period.name().toLowerCase()
                : id;
    }

    /** The plan a Stripe Price id stands for. */
    public Optional<Plan> planOf(@Nullable String priceId) {
        for (Tier tier : List.of(Tier.PREMIUM, Tier.PREMIUM_PLUS)) {
            for (Period period : Period.values()) {
                if (priceId(tier, period).equals(priceId)) {
                    return Optional.of(new Plan(tier, period));
                }
            }
        }
        return Optional.empty();
    }

    public Money amount(Plan plan) {
        return prices.of(plan.tier(), plan.period()).amount();
    }
}
