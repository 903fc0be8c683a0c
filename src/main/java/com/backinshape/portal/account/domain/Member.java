package com.backinshape.portal.account.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person with an account: a member or an admin. */
@Entity
@Table(name = "member")
public class Member extends AbstractEntity {

    public static final int FIRST_NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int SOURCE_MAX = 100;

    @Column(name = "first_name", nullable = false, length = FIRST_NAME_MAX)
    private String firstName;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    /** The email in lower case: unique, so that addresses differing only in capitals are one account. */
    @Column(name = "email_key", nullable = false, length = EMAIL_MAX, unique = true)
    private String emailKey;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "email_verified_at")
    private @Nullable Instant emailVerifiedAt;

    @Column(name = "pending_email", length = EMAIL_MAX)
    private @Nullable String pendingEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "source_ref", length = SOURCE_MAX)
    private @Nullable String sourceRef;

    @Column(name = "utm_source", length = SOURCE_MAX)
    private @Nullable String utmSource;

    @Column(name = "utm_medium", length = SOURCE_MAX)
    private @Nullable String utmMedium;

    @Column(name = "utm_campaign", length = SOURCE_MAX)
    private @Nullable String utmCampaign;

    @Column(name = "terms_version", nullable = false, length = 20)
    private String termsVersion;

    @Column(name = "terms_accepted_at", nullable = false)
    private Instant termsAcceptedAt;

    @Column(name = "health_consent_version", nullable = false, length = 20)
    private String healthConsentVersion;

    @Column(name = "health_consent_at", nullable = false)
    private Instant healthConsentAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    @Column(name = "health_consent_withdrawn_at")
    private @Nullable Instant healthConsentWithdrawnAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Member() {
        this("", "", "", Role.MEMBER, Instant.EPOCH, "", "");
    }

    public Member(
            String firstName,
            String email,
            String passwordHash,
            Role role,
            Instant createdAt,
            String termsVersion,
            String healthConsentVersion) {
        this.firstName = firstName;
        this.email = email;
        this.emailKey = emailKey(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = createdAt;
        this.healthConsentVersion = healthConsentVersion;
        this.healthConsentAt = createdAt;
    }

    /** The unique form of an email address. */
    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public void setSource(
            @Nullable String ref,
            @Nullable String utmSource,
            @Nullable String utmMedium,
            @Nullable String utmCampaign) {
        this.sourceRef = ref;
        this.utmSource = utmSource;
        this.utmMedium = utmMedium;
        this.utmCampaign = utmCampaign;
    }

    public void markVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
        this.emailKey = emailKey(newEmail);
        this.pendingEmail = null;
    }

    /**
     * Erases the personal data and keeps an anonymised stub that cannot sign in: the id stays valid for the audit log
     * and accounting.
     */
    public void erase(Instant at, String unusablePasswordHash) {
        String placeholder = "erased-" + requireId() + "@erased.invalid";
        this.firstName = "";
        this.email = placeholder;
        this.emailKey = placeholder;
        this.pendingEmail = null;
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.sourceRef = null;
        this.utmSource = null;
        this.utmMedium = null;
        this.utmCampaign = null;
        this.erasedAt = at;
    }

    /** The member withdrew consent to the use of their health information (their health data is deleted). */
    public void withdrawHealthConsent(Instant at) {
        this.healthConsentWithdrawnAt = at;
    }

    /** The member gives consent to the use of their health information (again). */
    public void giveHealthConsent(String version, Instant at) {
        this.healthConsentVersion = version;
        this.healthConsentAt = at;
        this.healthConsentWithdrawnAt = null;
    }

    public boolean hasHealthConsent() {
        return healthConsentWithdrawnAt == null;
    }

    public @Nullable Instant getHealthConsentWithdrawnAt() {
        return healthConsentWithdrawnAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public @Nullable Instant getErasedAt() {
        return erasedAt;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public @Nullable Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public @Nullable String getPendingEmail() {
        return pendingEmail;
    }

    public void setPendingEmail(@Nullable String pendingEmail) {
        this.pendingEmail = pendingEmail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getSourceRef() {
        return sourceRef;
    }

    public @Nullable String getUtmSource() {
        return utmSource;
    }

    public @Nullable String getUtmMedium() {
        return utmMedium;
    }

    public @Nullable String getUtmCampaign() {
        return utmCampaign;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public String getHealthConsentVersion() {
        return healthConsentVersion;
    }

    public Instant getHealthConsentAt() {
        return healthConsentAt;
    }
}
