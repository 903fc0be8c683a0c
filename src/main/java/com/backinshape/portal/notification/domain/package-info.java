/** The outbox table: one row per email, with its delivery state. */
@NullMarked
package com.backinshape.portal.notification.domain;

import org.jspecify.annotations.NullMarked;
