package com.backinshape.portal.admin;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One audit log line as the audit page shows it. {@code memberName} is null once the member was erased. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actorEmail,
        AuditAction action,
        @Nullable Long memberId,
        @Nullable String memberName,
        String reason,
        @Nullable String detail) {

    /** Which lines to show; every part optional, dates are London days, inclusive. */
    public record Filter(
            @Nullable AuditAction action,
            @Nullable Long memberId,
            @Nullable String actorEmail,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {

        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }
}
