package com.backinshape.portal.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which members an admin lists or exports. Every part is optional.
 *
 * @param search     a prefix of the email address or of the first name (case does not matter)
 * @param verified   only verified (true) or only unverified (false) members
 * @param source     the article the member came from; {@link #NO_SOURCE} for members without one
 * @param joinedFrom first day of signup (London time), inclusive
 * @param joinedTo   last day of signup (London time), inclusive
 */
public record MemberFilter(@Nullable String search, @Nullable Boolean verified, @Nullable String source,
                           @Nullable LocalDate joinedFrom, @Nullable LocalDate joinedTo) {

    /** The {@code source} that selects members who came without an article link. */
    public static final String NO_SOURCE = "(none)";

    public static MemberFilter all() {
        return new MemberFilter(null, null, null, null, null);
    }

    public MemberFilter withSearch(@Nullable String newSearch) {
        return new MemberFilter(newSearch, verified, source, joinedFrom, joinedTo);
    }
}
