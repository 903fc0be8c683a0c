package com.backinshape.portal.base;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each feature holds about one member, for the member's "Download my data" and an admin's subject-access request.
 * Each feature implements {@link Contributor} over its own tables; the account feature collects every contributor into
 * one ZIP, so it never reads another feature's tables. Contributors run as the system: only the account feature's
 * export service, which checks the caller, calls them.
 */
public final class PersonalData {

    private PersonalData() {}

    /**
     * One part of the file: {@code file} names the JSON file (e.g. {@code questionnaires}), {@code title} heads its
     * section of the readable summary, {@code data} becomes the JSON (records, lists, maps), and {@code summary} are
     * the summary's lines in plain English.
     */
    public record Part(String file, String title, Object data, List<String> summary) {}

    /** A feature's contribution to a member's data; {@link #order()} places it in the file (lower first). */
    public interface Contributor {

        Part personalData(long memberId);

        default int order() {
            return 100;
        }
    }

    /** Database rows as JSON-ready maps: times as ISO-8601 text, column names as they are. */
    public static List<Map<String, Object>> rows(List<Map<String, Object>> rows) {
        return rows.stream().map(PersonalData::row).toList();
    }

    private static Map<String, Object> row(Map<String, Object> row) {
        var out = new LinkedHashMap<String, Object>();
        row.forEach((column, value) -> out.put(
                column.toLowerCase(java.util.Locale.ROOT),
                switch (value) {
                    case null -> null;
                    case Timestamp t -> t.toInstant().toString();
                    case OffsetDateTime t -> t.toInstant().toString();
                    case java.sql.Date d -> d.toLocalDate().toString();
                    default -> value;
                }));
        return out;
    }
}
