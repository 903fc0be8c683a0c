package com.backinshape.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marketing consent ("news and offers by email"): separate from the other consents, never ticked for the member,
 * recorded with the wording's version and when it was given or withdrawn. The win-back email asks {@link #given} before
 * it goes.
 */
@Component
public class MarketingConsents {

    public static final String VERSION = "2026-11";

    /** @param givenAt when the member said yes (null: they have not, or withdrew) */
    public record MarketingConsent(
            boolean given,
            @Nullable String version,
            @Nullable Instant givenAt) {}

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;

    MarketingConsents(JdbcClient jdbc, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** Whether the member has said yes to marketing emails (and not withdrawn since). */
    @Transactional(readOnly = true)
    public boolean given(long memberId) {
        return jdbc.sql("select count(*) from marketing_consent where member_id = :id and given_at is not null")
                        .param("id", memberId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @PreAuthorize("hasRole('MEMBER')")
    @Transactional(readOnly = true)
    public MarketingConsent current() {
        return jdbc.sql(
                        "select version, given_at from marketing_consent where member_id = :id and given_at is not null")
                .param("id", currentMember.requireId())
                .query((rs, n) -> new MarketingConsent(
                        true,
                        rs.getString("version"),
                        rs.getObject("given_at", java.time.OffsetDateTime.class).toInstant()))
                .optional()
                .orElse(new MarketingConsent(false, null, null));
    }

    /** The signed-in member says yes or no. */
    @PreAuthorize("hasRole('MEMBER')")
    @Transactional
    public void choose(boolean given) {
        record(currentMember.requireId(), given);
    }

    /** Records a yes (this version, now) or a withdrawal (now). */
    @Transactional
    void record(long memberId, boolean given) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        given
                                ? "update marketing_consent set version = :v, given_at = :now, withdrawn_at = null, updated_at = :now where member_id = :id"
                                : "update marketing_consent set given_at = null, withdrawn_at = :now, updated_at = :now where member_id = :id")
                .param("v", VERSION)
                .param("now", now)
                .param("id", memberId)
                .update();
        if (updated == 0 && given) {
            jdbc.sql(
                            "insert into marketing_consent (member_id, version, given_at, updated_at) values (:id, :v, :now, :now)")
                    .param("id", memberId)
                    .param("v", VERSION)
                    .param("now", now)
                    .update();
        }
    }
}
