package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.AccountToken;
import com.backinshape.portal.account.domain.AccountTokenRepository;
import com.backinshape.portal.account.domain.TokenPurpose;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems single-use emailed links. The secret goes into the email only; the database keeps its SHA-256, so
 * a copy of the database opens no account.
 */
@Component
class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    Tokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record Issued(AccountToken token, String secret) {}

    /** Issues a new link, retiring any open one of the same purpose for the member. */
    Issued issue(long memberId, TokenPurpose purpose, @Nullable String newEmail) {
        tokens.retireOpen(memberId, purpose, clock.instant());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccountToken token = tokens.save(new AccountToken(memberId, purpose, hash(secret), clock.instant(), newEmail));
        return new Issued(token, secret);
    }

    /** The password hash of the member's newest open link of this purpose (kept when a new link replaces it). */
    java.util.Optional<String> openPasswordHash(long memberId, TokenPurpose purpose) {
        return tokens.findFirstByMemberIdAndPurposeAndUsedAtIsNullOrderByCreatedAtDescIdDesc(memberId, purpose)
                .filter(t -> t.isUsable(clock.instant()))
                .map(AccountToken::getPasswordHash);
    }

    /** Uses a link: it must exist, be of this purpose, unused and unexpired. */
    AccountToken redeem(@Nullable String secret, TokenPurpose purpose) {
        AccountToken token = find(secret, purpose, true);
        token.markUsed(clock.instant());
        return token;
    }

    /** Checks a link without using it (opening a link must not use it up). */
    AccountToken peek(@Nullable String secret, TokenPurpose purpose) {
        return find(secret, purpose, false);
    }

    /** Whose link this is, whether or not it was used or has expired; empty for an unknown link. */
    java.util.Optional<Long> owner(@Nullable String secret, TokenPurpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return java.util.Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> t.getPurpose() == purpose)
                .map(AccountToken::getMemberId);
    }

    /** Looks a link up, refusing unknown, used and expired ones; {@code forUpdate} locks it. */
    AccountToken find(@Nullable String secret, TokenPurpose purpose, boolean forUpdate) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new InvalidLinkException(InvalidLinkException.Reason.UNKNOWN);
        }
        String hash = hash(secret);
        AccountToken token = (forUpdate ? tokens.findForUpdate(hash) : tokens.findByTokenHash(hash))
                .filter(t -> t.getPurpose() == purpose)
                .orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.UNKNOWN));
        if (token.getUsedAt() != null) {
            throw new InvalidLinkException(InvalidLinkException.Reason.USED);
        }
        if (!token.isUsable(clock.instant())) {
            throw new InvalidLinkException(InvalidLinkException.Reason.EXPIRED);
        }
        return token;
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
