package com.backinshape.portal.reminders;

import com.backinshape.portal.base.AppProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The signed, expiring links in non-essential emails that open a member's email preferences without signing in, e.g.
 * {@code /email-preferences?token=42.1798761600.Hk3...}: the member id, when the link stops working, and an HMAC-SHA256
 * of both with {@code EMAIL_LINK_SECRET}.
 */
@Component
public class PreferenceLinks implements InitializingBean {

    /** The one-click unsubscribe address (RFC 8058), answered by {@link UnsubscribeController}. */
    public static final String UNSUBSCRIBE_PATH = "/email-preferences/unsubscribe";

    public static final String PAGE_PATH = "/email-preferences";

    private final RemindersProperties settings;
    private final AppProperties app;
    private final Clock clock;
    private final Environment env;

    PreferenceLinks(RemindersProperties settings, AppProperties app, Clock clock, Environment env) {
        this.settings = settings;
        this.app = app;
        this.clock = clock;
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        if (env.acceptsProfiles(Profiles.of("prod")) && RemindersProperties.DEV_SECRET.equals(settings.linkSecret())) {
            throw new IllegalStateException(
                    "Refusing to start in production: set EMAIL_LINK_SECRET to a secret of its own");
        }
    }

    /** The links for one email to this member. */
    public Links forMember(long memberId) {
        String token = token(memberId, clock.instant().plus(settings.linkValidFor()));
        return new Links(app.link(PAGE_PATH, "token", token), app.link(UNSUBSCRIBE_PATH, "token", token));
    }

    /** @param page the footer link; @param oneClick the List-Unsubscribe address */
    public record Links(String page, String oneClick) {}

    String token(long memberId, Instant expires) {
        String payload = memberId + "." + expires.getEpochSecond();
        return payload + "." + sign(payload);
    }

    /**
     * The member a token names.
     *
     * @throws InvalidPreferenceLinkException when it was not made here, or has expired
     */
    long memberOf(String token) {
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3) {
            throw new InvalidPreferenceLinkException(false);
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidPreferenceLinkException(false);
        }
        try {
            long memberId = Long.parseLong(parts[0]);
            Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            if (!clock.instant().isBefore(expires)) {
                throw new InvalidPreferenceLinkException(true);
            }
            return memberId;
        } catch (NumberFormatException e) {
            throw new InvalidPreferenceLinkException(false);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("email-preferences:" + payload).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
