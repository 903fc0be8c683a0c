package com.backinshape.portal.billing.domain;

import com.backinshape.portal.base.AbstractEntity;
import com.backinshape.portal.billing.PaymentsDuringGrant;
import com.backinshape.portal.billing.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Premium given by an admin without payment, until a date, with the reason and who gave it. */
@Entity
@Table(name = "billing_complimentary_grant")
public class ComplimentaryGrant extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false)
    private Tier tier;

    @Column(name = "valid_until", nullable = false)
    private Instant validUntil;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "payments")
    private @Nullable PaymentsDuringGrant payments;

    protected ComplimentaryGrant() {
        this(0, Tier.PREMIUM, Instant.EPOCH, "", 0, Instant.EPOCH);
    }

    public ComplimentaryGrant(
            long memberId, Tier tier, Instant validUntil, String reason, long grantedBy, Instant grantedAt) {
        this.memberId = memberId;
        this.tier = tier;
        this.validUntil = validUntil;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(validUntil);
    }

    /** Records what the grant did to the member's live subscription. */
    public void setPayments(@Nullable PaymentsDuringGrant payments) {
        this.payments = payments;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getMemberId() {
        return memberId;
    }

    public Tier getTier() {
        return tier;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getReason() {
        return reason;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable PaymentsDuringGrant getPayments() {
        return payments;
    }
}
