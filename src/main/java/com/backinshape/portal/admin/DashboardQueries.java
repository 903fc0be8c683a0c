package com.backinshape.portal.admin;

import com.backinshape.portal.admin.DashboardReport.DayCount;
import com.backinshape.portal.admin.DashboardReport.SourceRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's aggregates: one grouped query each, straight in SQL (a read-only reporting view over
 * the member and assessment tables; it writes nothing and hands out counts only).
 */
@Component
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members (not staff) who joined per London day in [from, to); days without signups are left out. */
    List<DayCount> signupsPerDay(Instant from, Instant to) {
        return jdbc.sql("""
                        select cast(created_at at time zone 'Europe/London' as date) as signup_day, count(*) as signups
                        from member
                        where role = 'MEMBER' and created_at >= :from and created_at < :to
                        group by cast(created_at at time zone 'Europe/London' as date)
                        order by signup_day""")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new DayCount(rs.getObject("signup_day", LocalDate.class), rs.getLong("signups"))).list();
    }

    /**
     * Per source article: members who joined in [from, to), how many confirmed, completed a questionnaire,
     * and started a subscription (billing's row holds a Stripe subscription: one row per member, so no duplicates).
     */
    List<SourceRow> bySource(Instant from, Instant to) {
        return jdbc.sql("""
                        select coalesce(m.source_ref, '') as source, count(*) as signups,
                               count(m.email_verified_at) as verified, count(done.member_id) as completed,
                               count(paid.member_id) as premium
                        from member m
                        left join (select distinct member_id from assessment where status = 'COMPLETED') done
                               on done.member_id = m.id
                        left join billing_subscription paid
                               on paid.member_id = m.id and paid.stripe_subscription_id is not null
                        where m.role = 'MEMBER' and m.created_at >= :from and m.created_at < :to
                        group by coalesce(m.source_ref, '')
                        order by signups desc, source""")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new SourceRow(rs.getString("source"), rs.getLong("signups"), rs.getLong("verified"),
                        rs.getLong("completed"), rs.getLong("premium"))).list();
    }
}
