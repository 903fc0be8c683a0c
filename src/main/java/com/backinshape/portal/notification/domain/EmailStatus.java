package com.backinshape.portal.notification.domain;

/** Where an email stands: waiting (or retrying), handed to the mail server, or given up on. */
public enum EmailStatus {
    PENDING,
    SENT,
    FAILED
}
