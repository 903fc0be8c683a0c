package com.backinshape.portal.admin;

/** What an admin did, as the audit log names it. */
public enum AuditAction {
    VIEWED_HEALTH_DATA("Viewed health answers"),
    RESENT_VERIFICATION("Resent verification email"),
    DISABLED_SIGN_IN("Disabled sign-in"),
    ENABLED_SIGN_IN("Enabled sign-in"),
    ERASED_MEMBER("Erased member"),
    EXPORTED_MEMBERS("Exported members (CSV)");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
