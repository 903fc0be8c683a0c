package com.backinshape.portal.billing;

/** How often a paid tier is billed. */
public enum Period {
    MONTHLY("Monthly", "month", "month"),
    YEARLY("Yearly", "year", "year");

    private final String label;
    private final String unit;
    private final String stripeInterval;

    Period(String label, String unit, String stripeInterval) {
        this.label = label;
        this.unit = unit;
        this.stripeInterval = stripeInterval;
    }

    public String label() {
        return label;
    }

    /** "month" or "year", as in "£9.99 a month". */
    public String unit() {
        return unit;
    }

    public String stripeInterval() {
        return stripeInterval;
    }
}
