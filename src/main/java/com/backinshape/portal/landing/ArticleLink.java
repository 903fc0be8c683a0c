package com.backinshape.portal.landing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a visitor came from ({@code ref} and the {@code utm_*} values of an article link), carried on from the welcome
 * page to signup. Only harmless values survive: letters, digits, {@code -}, {@code _} and {@code .}, at most 100
 * characters; anything else is dropped, not repaired.
 */
record ArticleLink(Map<String, String> values) {

    static final String[] PARAMETERS = {"ref", "utm_source", "utm_medium", "utm_campaign"};
    static final int MAX_LENGTH = 100;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    ArticleLink {
        values = Map.copyOf(values);
    }

    /** Keeps the known parameters whose values are safe, in a fixed order. */
    static ArticleLink from(Map<String, String> query) {
        var kept = new LinkedHashMap<String, String>();
        for (String name : PARAMETERS) {
            String value = clean(query.get(name));
            if (value != null) {
                kept.put(name, value);
            }
        }
        return new ArticleLink(kept);
    }

    static @Nullable String clean(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return SAFE.matcher(trimmed).matches() ? trimmed : null;
    }

    /** The given path with the kept values as its query, e.g. {@code /signup?ref=tight-hamstrings}. */
    String appendTo(String path) {
        var builder = UriComponentsBuilder.fromPath(path);
        for (String name : PARAMETERS) {
            String value = values.get(name);
            if (value != null) {
                builder.queryParam(name, value);
            }
        }
        return builder.build().toUriString();
    }
}
