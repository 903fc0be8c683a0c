package com.backinshape.portal.base;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application. Tests replace it with a clock they can move. */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** The clinic's time zone: every date a person sees is in it. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static final Locale EN_GB = Locale.UK;
    /** e.g. 26 November 2026. */
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", EN_GB).withZone(LONDON);
    /** e.g. 26 Nov 2026, 14:05. */
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", EN_GB).withZone(LONDON);

    @Bean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
