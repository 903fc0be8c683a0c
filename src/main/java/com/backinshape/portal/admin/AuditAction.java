package com.backinshape.portal.admin;

/** What an admin did, as the audit log names it. */
public enum AuditAction {
    VIEWED_HEALTH_DATA("Viewed health answers"),
    RESENT_VERIFICATION("Resent verification email"),
    DISABLED_SIGN_IN("Disabled sign-in"),
    ENABLED_SIGN_IN("Enabled sign-in"),
    ERASED_MEMBER("Erased member"),
    EXPORTED_MEMBERS("Exported members (CSV)"),
    GRANTED_PREMIUM("Granted complimentary premium"),
    REVOKED_PREMIUM("Revoked complimentary premium"),
    CANCELLED_AT_PERIOD_END("Cancelled subscription at period end"),
    CANCELLED_NOW("Cancelled subscription now"),
    REFUNDED("Refunded payment"),
    VIEWED_STRIPE_EVENT("Viewed Stripe event payload"),
    REPLAYED_STRIPE_EVENT("Replayed Stripe event"),
    RAN_RECONCILIATION("Ran subscription reconciliation"),
    SET_UP_AUTHENTICATOR("Set up two-factor sign-in"),
    USED_RECOVERY_CODE("Signed in with a recovery code"),
    RESET_AUTHENTICATOR("Reset an admin's authenticator"),

    EXPORTED_PERSONAL_DATA("Produced the member's data file (subject access)"),
    DOWNLOADED_OWN_DATA("Member downloaded their data");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
