/**
 * Paid tiers: prices, checkout, Stripe webhooks, subscription state and the billing page; billing's events
 * ({@link com.backinshape.portal.billing.BillingEvents}) are what notification emails about.
 * {@link com.backinshape.portal.billing.PremiumAccess} is the one place that decides who has premium; other features
 * ask it and keep no copy.
 */
@ApplicationModule(allowedDependencies = {"base", "account"})
@NullMarked
package com.backinshape.portal.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
