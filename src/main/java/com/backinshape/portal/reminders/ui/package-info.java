@NullMarked
package com.backinshape.portal.reminders.ui;

import org.jspecify.annotations.NullMarked;
