package com.backinshape.portal;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread (set as the tests' statement inspector in
 * {@link PortalTest}), so a test can hold one round trip of a view to the queries it needs. Statements written through
 * {@code JdbcClient} are not seen.
 */
public final class SqlStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> seen = RECORDING.get();
        if (seen != null) {
            seen.add(sql);
        }
        return sql;
    }

    /** The statements {@code action} had Hibernate prepare on this thread, in order. */
    public static List<String> during(Runnable action) {
        List<String> seen = new ArrayList<>();
        RECORDING.set(seen);
        try {
            action.run();
        } finally {
            RECORDING.remove();
        }
        return seen;
    }
}
