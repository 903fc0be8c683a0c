package com.backinshape.portal.premiumplus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * A member's personal clinic discount code (10% off treatments), e.g. {@code BIS-7KQ2M-X9HRP}: an HMAC of the member id
 * with {@code DISCOUNT_CODE_SECRET}, so it is the same on every visit, different for every member and cannot be guessed
 * from another member's code. Nothing is stored. In production the portal refuses to start with the development secret.
 */
@Component
class DiscountCodes implements InitializingBean {

    /** No 0/O, 1/I/L: easy to read out over the phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private final PremiumPlusProperties settings;
    private final Environment env;

    DiscountCodes(PremiumPlusProperties settings, Environment env) {
        this.settings = settings;
        this.env = env;
    }

    @Override
    public void afterPropertiesSet() {
        if (env.acceptsProfiles(Profiles.of("prod"))
                && PremiumPlusProperties.DEV_SECRET.equals(settings.discountSecret())) {
            throw new IllegalStateException(
                    "Refusing to start in production: set DISCOUNT_CODE_SECRET to a secret of its own");
        }
    }

    String codeFor(long memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.discountSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("clinic-discount:" + memberId).getBytes(StandardCharsets.UTF_8));
            var code = new StringBuilder("BIS-");
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt((digest[i] & 0xff) % ALPHABET.length()));
            }
            return code.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
