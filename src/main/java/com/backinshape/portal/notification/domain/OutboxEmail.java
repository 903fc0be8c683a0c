package com.backinshape.portal.notification.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One email, rendered and recorded before it is sent. Its key is unique (one event, one email) and its Message-ID
 * stable, so a resend after a crash is recognisably the very same message.
 */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail extends AbstractEntity {

    public static final int KEY_MAX = 200;
    public static final int ADDRESS_MAX = 254;
    public static final int SUBJECT_MAX = 300;
    public static final int ERROR_MAX = 300;

    @Column(name = "dedup_key", nullable = false, length = KEY_MAX, updatable = false)
    private String dedupKey;

    @Column(name = "member_id", updatable = false)
    private @Nullable Long memberId;

    @Column(name = "to_address", nullable = false, length = ADDRESS_MAX, updatable = false)
    private String toAddress;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX, updatable = false)
    private String subject;

    @Column(name = "template", nullable = false, length = 100, updatable = false)
    private String template;

    @Column(name = "html_body", nullable = false, updatable = false)
    private String htmlBody;

    @Column(name = "text_body", nullable = false, updatable = false)
    private String textBody;

    @Column(name = "message_id", nullable = false, length = 200, updatable = false)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EmailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    /** The RFC 8058 one-click unsubscribe address, for non-essential emails only. */
    @Column(name = "list_unsubscribe", length = 500, updatable = false)
    private @Nullable String listUnsubscribe;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxEmail() {
        this("", null, "", "", "", "", "", "", Instant.EPOCH);
    }

    public OutboxEmail(
            String dedupKey,
            @Nullable Long memberId,
            String toAddress,
            String subject,
            String template,
            String htmlBody,
            String textBody,
            String messageId,
            Instant createdAt) {
        this.dedupKey = dedupKey;
        this.memberId = memberId;
        this.toAddress = toAddress;
        this.subject = subject;
        this.template = template;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.messageId = messageId;
        this.status = EmailStatus.PENDING;
        this.nextAttemptAt = createdAt;
        this.createdAt = createdAt;
    }

    /**
     * Delivery failed: try again after {@code retryIn}, or give up when this was the last attempt allowed.
     *
     * @param error a short description without body or addresses
     */
    public void markAttemptFailed(Instant now, String error, Duration retryIn, boolean giveUp) {
        attempts++;
        lastError = error.length() > ERROR_MAX ? error.substring(0, ERROR_MAX) : error;
        if (giveUp) {
            status = EmailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(retryIn);
        }
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getTemplate() {
        return template;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public EmailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
