package com.backinshape.portal.account;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which members an admin lists or exports. Every part is optional.
 *
 * @param search a prefix of the email address or of the first name (case does not matter)
 * @param verified only verified (true) or only unverified (false) members
 * @param source the article the member came from; {@link #NO_SOURCE} for members without one
 * @param joinedFrom first day of signup (London time), inclusive
 * @param joinedTo last day of signup (London time), inclusive
 * @param onlyMembers only these members (e.g. those another feature found with a tier); empty: none
 * @param exceptMembers not these members
 */
public record MemberFilter(
        @Nullable String search,
        @Nullable Boolean verified,
        @Nullable String source,
        @Nullable LocalDate joinedFrom,
        @Nullable LocalDate joinedTo,
        @Nullable Set<Long> onlyMembers,
        @Nullable Set<Long> exceptMembers) {

    public MemberFilter(
            @Nullable String search,
            @Nullable Boolean verified,
            @Nullable String source,
            @Nullable LocalDate joinedFrom,
            @Nullable LocalDate joinedTo) {
        this(search, verified, source, joinedFrom, joinedTo, null, null);
    }

    /** The {@code source} that selects members who came without an article link. */
    public static final String NO_SOURCE = "(none)";

    public static MemberFilter all() {
        return new MemberFilter(null, null, null, null, null);
    }

    public MemberFilter withSearch(@Nullable String newSearch) {
        return new MemberFilter(newSearch, verified, source, joinedFrom, joinedTo, onlyMembers, exceptMembers);
    }

    /** This filter restricted to {@code only} (when not null) and without {@code except} (when not null). */
    public MemberFilter restrictedTo(@Nullable Set<Long> only, @Nullable Set<Long> except) {
        return new MemberFilter(search, verified, source, joinedFrom, joinedTo, only, except);
    }
}
