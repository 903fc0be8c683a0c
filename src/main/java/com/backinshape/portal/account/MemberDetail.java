package com.backinshape.portal.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What an admin sees of one account: profile, verification, source and consents. No health data. */
public record MemberDetail(
        MemberSummary summary,
        @Nullable String pendingEmail,
        String termsVersion,
        Instant termsAcceptedAt,
        String healthConsentVersion,
        Instant healthConsentAt) {}
