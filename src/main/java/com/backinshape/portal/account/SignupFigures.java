package com.backinshape.portal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account's figures for the admin dashboard: who joined when, from which article, and who confirmed. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SignupFigures {

    /** Members who joined on one London day. */
    public record DaySignups(LocalDate day, long signups) {}

    /** A member (not staff) who joined; {@code source} is the article they came from, empty for none. */
    public record Signup(long memberId, String source, boolean verified) {}

    private final JdbcClient jdbc;

    SignupFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members (not staff) who joined per London day in [from, to); days without signups are left out. */
    @Transactional(readOnly = true)
    public List<DaySignups> perDay(Instant from, Instant to) {
        return jdbc.sql("""
                        select cast(created_at at time zone 'Europe/London' as date) as signup_day, count(*) as signups
                        from member
                        where role = 'MEMBER' and created_at >= :from and created_at < :to
                        group by cast(created_at at time zone 'Europe/London' as date)
                        order by signup_day""")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new DaySignups(rs.getObject("signup_day", LocalDate.class), rs.getLong("signups")))
                .list();
    }

    /** Members (not staff) who joined in [from, to). */
    @Transactional(readOnly = true)
    public List<Signup> joinedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select id, coalesce(source_ref, '') as source, email_verified_at is not null as verified
                        from member
                        where role = 'MEMBER' and created_at >= :from and created_at < :to""")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Signup(rs.getLong("id"), rs.getString("source"), rs.getBoolean("verified")))
                .list();
    }
}
