package com.backinshape.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passwords are hashed ({@code app.security.*}).
 *
 * @param bcryptCost bcrypt's cost; {@value PasswordHashing#COST} in production (the production check refuses less),
 *     lowered only by the tests for speed
 * @param signInsPerClient sign-in attempts one client address gets in 15 minutes, whatever emails it tries; raised only
 *     by the browser journeys, whose many members all come from the machine itself
 */
@ConfigurationProperties("app.security")
record PasswordProperties(
        @DefaultValue("" + PasswordHashing.COST) int bcryptCost,

        @DefaultValue("" + MemberAuthenticationProvider.PER_CLIENT)
        int signInsPerClient) {}
