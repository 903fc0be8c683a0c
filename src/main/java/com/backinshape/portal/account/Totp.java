package com.backinshape.portal.account;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Authenticator codes (TOTP, RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift either way) and
 * recovery codes (16 letters and digits, shown as four groups of four).
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Back in Shape";
    private static final int ALLOWED_DRIFT_STEPS = 1;
    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {}

    /** A new shared secret: 32 base-32 characters (160 bits). */
    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} link the QR code carries. */
    static String uri(String secret, String accountEmail) {
        return new QrData.Builder()
                .label(accountEmail)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build()
                .getUri();
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code an authenticator shows during {@code step}. */
    static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute an authenticator code", e);
        }
    }

    /** The time step whose code {@code code} is, within the allowed drift around {@code now}; none if wrong. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long s = current - ALLOWED_DRIFT_STEPS; s <= current + ALLOWED_DRIFT_STEPS; s++) {
            // every candidate is compared, in constant time, so the answer takes as long either way
            if (MessageDigest.isEqual(
                            code(secret, s).getBytes(StandardCharsets.US_ASCII),
                            code.getBytes(StandardCharsets.US_ASCII))
                    && match.isEmpty()) {
                match = OptionalLong.of(s);
            }
        }
        return match;
    }

    static List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** What a person typed, without spaces or dashes, in lower case. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean isAuthenticatorCode(String normalised) {
        return normalised.length() == DIGITS && normalised.chars().allMatch(Character::isDigit);
    }

    static boolean isRecoveryCode(String normalised) {
        return normalised.length() == 16 && normalised.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}
