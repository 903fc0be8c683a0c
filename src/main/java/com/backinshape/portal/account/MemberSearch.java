package com.backinshape.portal.account;

import com.backinshape.portal.base.TimeConfig;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin members list as plain SQL: filters that the indexes of V6 serve, a whitelisted sort, and one row more than
 * the page to know whether another page exists (no count query).
 */
@Component
class MemberSearch {

    private static final String COLUMNS = "id, first_name, email, role, enabled, created_at, email_verified_at, "
            + "source_ref, utm_source, utm_medium, utm_campaign, erased_at";
    private static final Map<String, String> SORTABLE = Map.of(
            MemberSummary.SORT_FIRST_NAME,
            "first_name",
            MemberSummary.SORT_EMAIL,
            "email_key",
            MemberSummary.SORT_JOINED,
            "created_at",
            MemberSummary.SORT_VERIFIED,
            "email_verified_at",
            MemberSummary.SORT_SOURCE,
            "source_ref");

    private final JdbcClient jdbc;

    MemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Slice<MemberSummary> page(MemberFilter filter, Pageable pageable) {
        var where = new Where(filter);
        String sql = "select " + COLUMNS + " from member" + where.sql + orderBy(pageable.getSort()) + " limit "
                + (pageable.getPageSize() + 1) + " offset " + pageable.getOffset();
        List<MemberSummary> rows = new ArrayList<>(
                where.bind(jdbc.sql(sql)).query(MemberSearch::row).list());
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    /** Streams every matching member, newest first, without holding them all in memory. */
    void forEach(MemberFilter filter, Consumer<MemberSummary> each) {
        var where = new Where(filter);
        try (var rows = where
                .bind(jdbc.sql("select " + COLUMNS + " from member" + where.sql + " order by created_at desc, id desc"))
                .query(MemberSearch::row)
                .stream()) {
            rows.forEach(each);
        }
    }

    List<String> sources() {
        return jdbc.sql("select distinct source_ref from member where source_ref is not null order by source_ref")
                .query(String.class)
                .list();
    }

    private static String orderBy(Sort sort) {
        var order = new StringBuilder(" order by ");
        String idDirection = "desc";
        for (Sort.Order o : sort) {
            String column = SORTABLE.get(o.getProperty());
            if (column != null) {
                idDirection = o.isAscending() ? "asc" : "desc";
                order.append(column).append(' ').append(idDirection).append(", ");
            }
        }
        if (order.length() == " order by ".length()) {
            order.append("created_at desc, ");
        }
        return order.append("id ").append(idDirection).toString();
    }

    static MemberSummary row(ResultSet rs, int n) throws SQLException {
        return new MemberSummary(
                rs.getLong("id"),
                rs.getString("first_name"),
                rs.getString("email"),
                "ADMIN".equals(rs.getString("role")),
                rs.getBoolean("enabled"),
                instant(rs, "created_at"),
                instant(rs, "email_verified_at"),
                rs.getString("source_ref"),
                rs.getString("utm_source"),
                rs.getString("utm_medium"),
                rs.getString("utm_campaign"),
                instant(rs, "erased_at"));
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** Timestamps go to both databases as UTC offset date-times (JDBC 4.2), whatever the JVM's zone. */
    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** The where clause of a filter and its parameters. */
    private static final class Where {
        final String sql;
        private final Map<String, Object> params = new java.util.HashMap<>();

        Where(MemberFilter f) {
            var parts = new ArrayList<String>();
            String search = f.search() == null ? "" : f.search().strip().toLowerCase(Locale.ROOT);
            if (!search.isEmpty()) {
                params.put("prefix", escapeLike(search) + "%");
                parts.add(
                        looksLikeEmail(search)
                                ? "email_key like :prefix escape '\\'"
                                : "(email_key like :prefix escape '\\' or lower(first_name) like :prefix escape '\\')");
            }
            if (f.verified() != null) {
                parts.add(f.verified() ? "email_verified_at is not null" : "email_verified_at is null");
            }
            if (MemberFilter.NO_SOURCE.equals(f.source())) {
                parts.add("source_ref is null");
            } else if (f.source() != null && !f.source().isBlank()) {
                params.put("source", f.source().strip());
                parts.add("source_ref = :source");
            }
            if (f.joinedFrom() != null) {
                params.put(
                        "from",
                        utc(f.joinedFrom().atStartOfDay(TimeConfig.LONDON).toInstant()));
                parts.add("created_at >= :from");
            }
            if (f.joinedTo() != null) {
                params.put(
                        "to",
                        utc(f.joinedTo()
                                .plusDays(1)
                                .atStartOfDay(TimeConfig.LONDON)
                                .toInstant()));
                parts.add("created_at < :to");
            }
            if (f.onlyMembers() != null) {
                if (f.onlyMembers().isEmpty()) {
                    parts.add("1 = 0");
                } else {
                    params.put("only", f.onlyMembers());
                    parts.add("id in (:only)");
                }
            }
            if (f.exceptMembers() != null && !f.exceptMembers().isEmpty()) {
                params.put("except", f.exceptMembers());
                parts.add("id not in (:except)");
            }
            sql = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }

        /** Names have no digits, dots or @: such a search is an email prefix (one index, no OR). */
        private static boolean looksLikeEmail(String s) {
            return s.chars().anyMatch(c -> c == '@' || c == '.' || Character.isDigit(c));
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
