package com.backinshape.portal.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signed-in sessions ({@code app.sessions.*}).
 *
 * @param checkEvery how often an instance re-reads a member's "sessions valid from" time, so sessions ended on another
 *     instance end here within this delay
 */
@ConfigurationProperties("app.sessions")
record SessionProperties(@DefaultValue("PT2S") Duration checkEvery) {}
