package com.backinshape.portal.billing;

/** What a complimentary grant does to a paying member's live subscription, chosen by the admin who grants it. */
public enum PaymentsDuringGrant {
    MOVE_RENEWAL("Move the next renewal to after the grant"),
    PAUSE("Pause payments until the grant ends"),
    KEEP("Keep charging as usual");

    private final String label;

    PaymentsDuringGrant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
