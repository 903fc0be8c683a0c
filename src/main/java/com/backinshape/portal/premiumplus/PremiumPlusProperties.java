package com.backinshape.portal.premiumplus;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Premium Plus settings ({@code app.premium-plus.*}).
 *
 * @param discountSecret the secret the members' discount codes are derived from ({@code DISCOUNT_CODE_SECRET});
 *     changing it changes every member's code
 */
@Validated
@ConfigurationProperties("app.premium-plus")
public record PremiumPlusProperties(
        @NotBlank(message = "set DISCOUNT_CODE_SECRET: the members' clinic discount codes are derived from it")
        String discountSecret) {

    /** The value used on laptops and in tests; production refuses it. */
    static final String DEV_SECRET = "dev-only-discount-secret";
}
