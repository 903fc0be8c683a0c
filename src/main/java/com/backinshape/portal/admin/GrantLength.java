package com.backinshape.portal.admin;

import com.backinshape.portal.base.TimeConfig;
import java.time.Instant;

/** How long complimentary premium lasts; "no end" is a grant a century long (revoke it to end it). */
public enum GrantLength {
    ONE_MONTH("1 month", 1),
    SIX_MONTHS("6 months", 6),
    ONE_YEAR("1 year", 12),
    NO_END("No end", 1200);

    private final String label;
    private final int months;

    GrantLength(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    Instant from(Instant now) {
        return now.atZone(TimeConfig.LONDON).plusMonths(months).toInstant();
    }
}
