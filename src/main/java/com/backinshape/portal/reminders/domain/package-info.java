@NullMarked
package com.backinshape.portal.reminders.domain;

import org.jspecify.annotations.NullMarked;
