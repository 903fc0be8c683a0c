package com.backinshape.portal.premiumplus;

/** The part of the day a member would like their video review. */
public enum TimeWindow {
    MORNING("Morning (9:00 to 12:00)"),
    AFTERNOON("Afternoon (12:00 to 17:00)"),
    EVENING("Early evening (17:00 to 19:00)");

    private final String label;

    TimeWindow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
