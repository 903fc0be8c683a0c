package com.backinshape.portal.rights;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the live schema (JDBC metadata, so a table added later is read too) and reports every place an erased member is
 * still found: a row that references the member (a {@code member_id} column, or a column naming a customer) in a table
 * not known to keep only anonymous facts, and any text column of any table holding one of the member's identifying or
 * health texts (address, name, notes).
 */
final class PersonalDataScan {

    /**
     * Tables whose rows may still reference an erased member, because what they keep is anonymous: the stub itself, the
     * audit log (ids, actions, reasons), the subscription and refund figures for the accounts, complimentary grants,
     * Stripe events reduced to id, type and status, and blanked emails. A new table is not here: if it keeps rows for
     * an erased member, the scan fails.
     */
    static final Set<String> ANONYMOUS_AFTER_ERASURE = Set.of(
            "member",
            "audit_entry",
            "billing_subscription",
            "billing_refund",
            "billing_complimentary_grant",
            "billing_stripe_event",
            "outbox_email");

    private static final Set<Integer> TEXT = Set.of(
            Types.VARCHAR,
            Types.CHAR,
            Types.LONGVARCHAR,
            Types.CLOB,
            Types.NVARCHAR,
            Types.NCHAR,
            Types.LONGNVARCHAR,
            Types.NCLOB,
            Types.OTHER);

    private PersonalDataScan() {}

    static List<String> leftovers(DataSource dataSource, long memberId, String customerId, List<String> secrets)
            throws SQLException {
        var found = new ArrayList<String>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            var tables = new ArrayList<String>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.size() < 10) {
                throw new AssertionError("The scan saw only " + tables + ": wrong schema?");
            }
            for (String table : tables) {
                if (table.toLowerCase(Locale.ROOT).startsWith("flyway_")) {
                    continue;
                }
                var text = new ArrayList<String>();
                var references = new ArrayList<String>();
                try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, "%")) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME");
                        String lower = column.toLowerCase(Locale.ROOT);
                        if (TEXT.contains(rs.getInt("DATA_TYPE"))) {
                            text.add(column);
                        }
                        if (lower.equals("member_id")) {
                            references.add(column + " = " + memberId);
                        } else if (lower.contains("customer")) {
                            references.add(column + " = '" + customerId + "'");
                        }
                    }
                }
                if (!references.isEmpty() && !ANONYMOUS_AFTER_ERASURE.contains(table.toLowerCase(Locale.ROOT))) {
                    try (var st = c.createStatement();
                            ResultSet rs = st.executeQuery(
                                    "select count(*) from " + table + " where " + String.join(" or ", references))) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(table + ": " + rs.getLong(1) + " row(s) still reference the member");
                        }
                    }
                }
                if (text.isEmpty()) {
                    continue;
                }
                try (var st = c.createStatement();
                        ResultSet rs = st.executeQuery("select " + String.join(", ", text) + " from " + table)) {
                    while (rs.next()) {
                        for (String column : text) {
                            String value = rs.getString(column);
                            if (value == null) {
                                continue;
                            }
                            String lower = value.toLowerCase(Locale.ROOT);
                            for (String secret : secrets) {
                                if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                                    found.add(table + "." + column + " holds \"" + secret + "\"");
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
