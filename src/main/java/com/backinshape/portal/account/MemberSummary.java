package com.backinshape.portal.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the admin members list and of its CSV export: account data only, never health data. */
public record MemberSummary(
        long id,
        String firstName,
        String email,
        boolean admin,
        boolean enabled,
        Instant joinedAt,
        @Nullable Instant verifiedAt,
        @Nullable String source,
        @Nullable String utmSource,
        @Nullable String utmMedium,
        @Nullable String utmCampaign,
        @Nullable Instant erasedAt) {

    /** Sort keys the list accepts (Spring Data {@code Sort} property names). */
    public static final String SORT_FIRST_NAME = "firstName";

    public static final String SORT_EMAIL = "email";
    public static final String SORT_JOINED = "joinedAt";
    public static final String SORT_VERIFIED = "verifiedAt";
    public static final String SORT_SOURCE = "source";

    public boolean verified() {
        return verifiedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
