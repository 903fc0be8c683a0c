/**
 * Keeping members moving: the programme reminders a member chooses (days and a London time), the job that makes them
 * due once per member and day, and the email preferences a signed, expiring link opens without signing in (one-click
 * unsubscribe, RFC 8058). The emails themselves are written in notification, from
 * {@link com.backinshape.portal.reminders.ReminderBecameDue}.
 */
@ApplicationModule(allowedDependencies = {"base", "account", "assessment", "programme", "billing"})
@NullMarked
package com.backinshape.portal.reminders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
