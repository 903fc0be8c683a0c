/** Billing's entities and repositories: only the billing feature uses them. */
@NullMarked
package com.backinshape.portal.billing.domain;

import org.jspecify.annotations.NullMarked;
