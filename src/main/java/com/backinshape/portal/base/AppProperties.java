package com.backinshape.portal.base;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's own settings ({@code app.*}, from environment variables such as {@code APP_BASE_URL}).
 *
 * @param baseUrl the public address every link in an email or handed to Stripe is built from
 * @param clinic the clinic's contact details, shown in footers and urgent advice
 */
@Validated
@ConfigurationProperties("app")
public record AppProperties(
        @NotNull(message = "set APP_BASE_URL to the portal's public address")
        URI baseUrl,

        @NotNull Clinic clinic) {

    public record Clinic(
            @NotBlank String name,
            @NotBlank String phone,
            @NotBlank String address,
            @NotBlank String email) {

        /** The phone number as a {@code tel:} link target. */
        public String phoneHref() {
            return "tel:+44" + phone.replaceAll("\\D", "").substring(1);
        }
    }

    /** An absolute link to a path of the portal, e.g. {@code link("/verify", "token", t)}. */
    public String link(String path, String... queryNameValuePairs) {
        var builder = UriComponentsBuilder.fromUri(baseUrl).path(path);
        for (int i = 0; i + 1 < queryNameValuePairs.length; i += 2) {
            builder.queryParam(queryNameValuePairs[i], queryNameValuePairs[i + 1]);
        }
        return builder.encode().build().toUriString();
    }
}
