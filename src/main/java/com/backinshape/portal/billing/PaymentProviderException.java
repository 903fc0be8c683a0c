package com.backinshape.portal.billing;

import com.stripe.exception.StripeException;

/** Stripe refused or could not be reached; nothing the member did wrong. */
public class PaymentProviderException extends RuntimeException {
    public PaymentProviderException(StripeException cause) {
        super("Stripe: " + cause.getMessage() + " (request " + cause.getRequestId() + ")", cause);
    }
}
