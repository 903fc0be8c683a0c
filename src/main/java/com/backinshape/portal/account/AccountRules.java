package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.base.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What makes a name, an email address and a password acceptable, with the message a person sees. Views show these
 * messages next to the fields; services check again.
 */
public final class AccountRules {

    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 64;
    /** BCrypt reads at most 72 bytes of a password. */
    static final int PASSWORD_MAX_BYTES = 72;

    private static final Pattern EMAIL =
            Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?"
                    + "(?:\\.[A-Za-z0-9\\p{L}](?:[A-Za-z0-9\\p{L}-]*[A-Za-z0-9\\p{L}])?)+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Set<String> COMMON_PASSWORDS = loadCommonPasswords();

    private AccountRules() {}

    public static void checkFirstName(@Nullable String name, String field, InvalidInputException.Collector errors) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.reject(field, "Enter your first name.");
        } else if (trimmed.length() > Member.FIRST_NAME_MAX) {
            errors.reject(field, "Use at most " + Member.FIRST_NAME_MAX + " characters.");
        } else if (CONTROL.matcher(trimmed).find()) {
            errors.reject(field, "Use letters, spaces, hyphens or apostrophes.");
        }
    }

    public static void checkEmail(@Nullable String email, String field, InvalidInputException.Collector errors) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty()) {
            errors.reject(field, "Enter your email address.");
        } else if (trimmed.length() > Member.EMAIL_MAX) {
            errors.reject(field, "Use at most " + Member.EMAIL_MAX + " characters.");
        } else if (!EMAIL.matcher(trimmed).matches()) {
            errors.reject(field, "Enter an email address like name@example.com.");
        }
    }

    public static void checkNewPassword(
            @Nullable String password, @Nullable String email, String field, InvalidInputException.Collector errors) {
        String value = password == null ? "" : password;
        if (value.length() < PASSWORD_MIN) {
            errors.reject(field, "Use at least " + PASSWORD_MIN + " characters.");
        } else if (value.length() > PASSWORD_MAX
                || value.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            errors.reject(field, "Use at most " + PASSWORD_MAX + " characters (fewer if you use symbols or emoji).");
        } else if (email != null && value.strip().equalsIgnoreCase(email.strip())) {
            errors.reject(field, "Your password can't be your email address.");
        } else if (COMMON_PASSWORDS.contains(value.toLowerCase(Locale.ROOT))) {
            errors.reject(field, "This password is too common and easy to guess. Choose another.");
        }
    }

    /** Whether a password can be checked at all (longer ones would be cut short by the hash). */
    static boolean hashable(@Nullable String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= PASSWORD_MAX_BYTES;
    }

    /** Trims and cuts an optional tracking value (ref, utm_*) to what the database holds. */
    static @Nullable String trackingValue(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = CONTROL.matcher(value.strip()).replaceAll("");
        return cleaned.length() > Member.SOURCE_MAX ? cleaned.substring(0, Member.SOURCE_MAX) : cleaned;
    }

    private static Set<String> loadCommonPasswords() {
        try (InputStream in = AccountRules.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
