/**
 * The payment gateway and its two implementations: Stripe (through stripe-java) and simulated (Stripe's example objects
 * kept in the database, with Stripe-shaped signed events). Billing's core asks
 * {@link com.backinshape.portal.billing.gateway.PaymentGateways}; nothing here depends on the core's services:
 * simulated events leave through {@link com.backinshape.portal.billing.gateway.StripeEventSink}.
 */
@NullMarked
package com.backinshape.portal.billing.gateway;

import org.jspecify.annotations.NullMarked;
