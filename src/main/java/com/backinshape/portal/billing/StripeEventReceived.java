package com.backinshape.portal.billing;

/** A verified Stripe event was recorded (row {@code recordId}); processing follows from the event log. */
record StripeEventReceived(long recordId, String type) {}
