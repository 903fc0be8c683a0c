package com.backinshape.portal.account.domain;

import com.backinshape.portal.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A single-use link's record. The secret itself is only in the email; here is its SHA-256. */
@Entity
@Table(name = "account_token")
public class AccountToken extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "new_email", length = Member.EMAIL_MAX)
    private @Nullable String newEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    /** A verification link's password: the hash chosen by the signup that asked for this link. */
    @Column(name = "password_hash", length = 100)
    private @Nullable String passwordHash;

    protected AccountToken() {
        this(0, TokenPurpose.VERIFY_EMAIL, "", Instant.EPOCH, null);
    }

    public AccountToken(
            long memberId, TokenPurpose purpose, String tokenHash, Instant createdAt, @Nullable String newEmail) {
        this.memberId = memberId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(purpose.lifetime());
        this.newEmail = newEmail;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }

    public void setPasswordHash(@Nullable String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public long getMemberId() {
        return memberId;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public @Nullable String getNewEmail() {
        return newEmail;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getUsedAt() {
        return usedAt;
    }
}
