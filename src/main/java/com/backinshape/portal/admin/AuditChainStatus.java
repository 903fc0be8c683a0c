package com.backinshape.portal.admin;

import org.jspecify.annotations.Nullable;

/**
 * Whether the audit log's hash chain is intact: {@code entriesChecked} entries were checked; when broken,
 * {@code brokenAtEntryId} is the first entry where the chain does not hold (null when the newest entries are missing)
 * and {@code problem} says what is wrong there.
 */
public record AuditChainStatus(
        long entriesChecked,
        @Nullable Long brokenAtEntryId,
        @Nullable String problem) {

    public boolean intact() {
        return problem == null;
    }

    /** The sentence the audit page shows. */
    public String summary() {
        if (intact()) {
            return "Audit chain intact: all " + entriesChecked + " entries check out.";
        }
        return "Audit chain broken" + (brokenAtEntryId == null ? "" : " at entry #" + brokenAtEntryId) + ": " + problem;
    }
}
