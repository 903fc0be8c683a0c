package com.backinshape.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed ({@code app.security.*}).
 *
 * @param bcryptCost bcrypt's cost; {@value PasswordHashing#COST} in production (the production check refuses less),
 *     lowered only by the tests for speed
 */
@ConfigurationProperties("app.security")
record PasswordProperties(
        @DefaultValue("" + PasswordHashing.COST) int bcryptCost) {}
