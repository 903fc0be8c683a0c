/** The dev mailbox (never in production). */
@NullMarked
package com.backinshape.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
