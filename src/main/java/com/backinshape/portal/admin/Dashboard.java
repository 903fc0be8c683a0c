package com.backinshape.portal.admin;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.SubscriptionMetrics;
import com.backinshape.portal.notification.SentEmails;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signups, verification, questionnaire completion and conversion by source article, subscriptions, failed emails. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Dashboard {

    /** The default period: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366;

    private final DashboardQueries queries;
    private final SentEmails emails;
    private final SubscriptionMetrics subscriptions;
    private final Clock clock;

    Dashboard(DashboardQueries queries, SentEmails emails, SubscriptionMetrics subscriptions, Clock clock) {
        this.queries = queries;
        this.emails = emails;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Today in London. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.LONDON));
    }

    /**
     * The report for the London days {@code from} to {@code to}, inclusive; nulls mean the last 30 days.
     *
     * @throws InvalidInputException "from" when the period is back to front or longer than a year
     */
    @Transactional(readOnly = true)
    public DashboardReport report(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate last = to == null ? today() : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        if (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw InvalidInputException.of("from", "Choose a start on or before the end, at most a year apart.");
        }
        Instant start = first.atStartOfDay(TimeConfig.LONDON).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(TimeConfig.LONDON).toInstant();
        return new DashboardReport(first, last, queries.signupsPerDay(start, end), queries.bySource(start, end),
                emails.failedBetween(start, end), subscriptions.metrics(start, end));
    }
}
