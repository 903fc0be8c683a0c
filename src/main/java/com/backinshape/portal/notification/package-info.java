/**
 * Emails: templates (HTML and plain text), the outbox every email is recorded in before it is sent,
 * the sender that delivers and retries, and the dev mailbox. Other features send an email by calling
 * {@link com.backinshape.portal.notification.EmailOutbox#enqueue} from their own event listeners.
 */
@NullMarked
package com.backinshape.portal.notification;

import org.jspecify.annotations.NullMarked;
