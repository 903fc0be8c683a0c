/**
 * Emails: templates (HTML and plain text), the outbox every email is recorded in before it is sent, the sender that
 * delivers and retries, and the dev mailbox. Every email starts here, in a listener of the event another feature
 * publishes (account, assessment, billing, premium plus); the event carries what the email needs, and the features
 * never call notification to send.
 */
@ApplicationModule(allowedDependencies = {"base", "account", "assessment", "billing", "premiumplus", "reminders"})
@NullMarked
package com.backinshape.portal.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
