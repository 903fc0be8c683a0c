/**
 * Billing's views: pricing, the simulated checkout, the checkout return page, the billing page, the past-due banner.
 */
@NullMarked
package com.backinshape.portal.billing.ui;

import org.jspecify.annotations.NullMarked;
