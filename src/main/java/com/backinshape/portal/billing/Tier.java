package com.backinshape.portal.billing;

/** What a member may use. Ordered: a later tier includes everything of an earlier one. */
public enum Tier {
    FREE("Free"),
    PREMIUM("Premium"),
    PREMIUM_PLUS("Premium Plus");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPaid() {
        return this != FREE;
    }

    /** True when this tier includes {@code other}. */
    public boolean includes(Tier other) {
        return compareTo(other) >= 0;
    }
}
