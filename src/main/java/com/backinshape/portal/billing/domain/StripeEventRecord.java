package com.backinshape.portal.billing.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One Stripe event as received (verified), once per event id, and what became of it. */
@Entity
@Table(name = "billing_stripe_event")
public class StripeEventRecord extends AbstractEntity {

    public enum Status {
        RECEIVED,
        PROCESSED,
        IGNORED_DUPLICATE,
        FAILED
    }

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "type", nullable = false, updatable = false)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Column(name = "stripe_created_at", nullable = false, updatable = false)
    private Instant stripeCreatedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private @Nullable Instant processedAt;

    @Column(name = "repeats", nullable = false)
    private int repeats;

    @Column(name = "error")
    private @Nullable String error;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    protected StripeEventRecord() {
        this("", "", "", Instant.EPOCH, Instant.EPOCH);
    }

    public StripeEventRecord(String eventId, String type, String payload, Instant stripeCreatedAt, Instant receivedAt) {
        this.eventId = eventId;
        this.type = type;
        this.payload = payload;
        this.stripeCreatedAt = stripeCreatedAt;
        this.receivedAt = receivedAt;
        this.status = Status.RECEIVED;
    }

    public void processed(Instant now) {
        status = Status.PROCESSED;
        processedAt = now;
        error = null;
    }

    /** The event's news was older than what the member's state already reflects. */
    public void ignoredAsOlder(Instant now) {
        status = Status.IGNORED_DUPLICATE;
        processedAt = now;
    }

    public void failed(String message, Instant now) {
        status = Status.FAILED;
        processedAt = now;
        error = message.length() > 500 ? message.substring(0, 500) : message;
    }

    /** The member the event is about, for their subscription timeline. */
    public void linkMember(@Nullable Long member) {
        if (member != null) {
            memberId = member;
        }
    }

    public boolean isDone() {
        return status == Status.PROCESSED || status == Status.IGNORED_DUPLICATE;
    }

    public String getEventId() {
        return eventId;
    }

    public String getType() {
        return type;
    }

    public Status getStatus() {
        return status;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getStripeCreatedAt() {
        return stripeCreatedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public @Nullable Instant getProcessedAt() {
        return processedAt;
    }

    public int getRepeats() {
        return repeats;
    }

    public @Nullable String getError() {
        return error;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }
}
