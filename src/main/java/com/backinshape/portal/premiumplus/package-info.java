/**
 * Premium Plus: a monthly video review with a clinic physiotherapist (requested here, emailed to the clinic, listed for
 * admins) and the member's personal clinic discount code. Who has Premium Plus is asked of
 * {@link com.backinshape.portal.billing.PremiumAccess} on every call.
 */
@ApplicationModule(allowedDependencies = {"base", "account", "billing"})
@NullMarked
package com.backinshape.portal.premiumplus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
