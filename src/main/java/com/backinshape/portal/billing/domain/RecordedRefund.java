package com.backinshape.portal.billing.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A charge Stripe reports as refunded (in whole or part): the latest refunded total per charge. */
@Entity
@Table(name = "billing_refund")
public class RecordedRefund extends AbstractEntity {

    @Column(name = "charge_id", nullable = false, updatable = false)
    private String chargeId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    protected RecordedRefund() {
        this("", null, 0, "GBP", Instant.EPOCH);
    }

    public RecordedRefund(String chargeId, @Nullable Long memberId, long amountMinor, String currency, Instant at) {
        this.chargeId = chargeId;
        this.memberId = memberId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.refundedAt = at;
    }

    public void update(long amountMinor, Instant at) {
        if (amountMinor > this.amountMinor) {
            this.amountMinor = amountMinor;
            this.refundedAt = at;
        }
    }

    public String getChargeId() {
        return chargeId;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }
}
