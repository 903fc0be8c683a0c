package com.backinshape.portal.notification.domain;

import java.time.Instant;

/** A line of a mailbox listing: no bodies. */
public record OutboxEmailSummary(long id, String toAddress, String subject, Instant createdAt, EmailStatus status) {}
