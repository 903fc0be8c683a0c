package com.backinshape.portal.admin;

import com.backinshape.portal.account.SignupFigures;
import com.backinshape.portal.account.SignupFigures.Signup;
import com.backinshape.portal.admin.DashboardReport.DayCount;
import com.backinshape.portal.admin.DashboardReport.SourceRow;
import com.backinshape.portal.assessment.QuestionnaireFigures;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.SubscriptionMetrics;
import com.backinshape.portal.notification.SentEmailAdministration;
import com.backinshape.portal.programme.LoggedSessions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signups, verification, questionnaire completion and conversion by source article, subscriptions, failed emails: each
 * feature answers its own figures (account: signups; assessment: completed questionnaires; billing: conversions, MRR,
 * churn; notification: failed emails) and the dashboard puts them side by side.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Dashboard {

    /** The default period: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366;

    private final SignupFigures signups;
    private final QuestionnaireFigures questionnaires;
    private final SentEmailAdministration emails;
    private final SubscriptionMetrics subscriptions;
    private final LoggedSessions sessions;
    private final Clock clock;

    Dashboard(
            SignupFigures signups,
            QuestionnaireFigures questionnaires,
            SentEmailAdministration emails,
            SubscriptionMetrics subscriptions,
            LoggedSessions sessions,
            Clock clock) {
        this.sessions = sessions;
        this.signups = signups;
        this.questionnaires = questionnaires;
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
        List<DayCount> perDay = signups.perDay(start, end).stream()
                .map(d -> new DayCount(d.day(), d.signups()))
                .toList();
        return new DashboardReport(
                first,
                last,
                perDay,
                bySource(start, end),
                emails.failedBetween(start, end),
                subscriptions.metrics(start, end),
                sessions.countBetween(start, end));
    }

    /** Per source article: who joined in [start, end), confirmed, completed a questionnaire, and converted. */
    private List<SourceRow> bySource(Instant start, Instant end) {
        List<Signup> joined = signups.joinedBetween(start, end);
        List<Long> ids = joined.stream().map(Signup::memberId).toList();
        Set<Long> completed = questionnaires.completedAmong(ids);
        Set<Long> converted = subscriptions.convertedAmong(ids);
        Map<String, long[]> counts = new TreeMap<>();
        for (Signup s : joined) {
            long[] c = counts.computeIfAbsent(s.source(), k -> new long[4]);
            c[0]++;
            c[1] += s.verified() ? 1 : 0;
            c[2] += completed.contains(s.memberId()) ? 1 : 0;
            c[3] += converted.contains(s.memberId()) ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(e -> new SourceRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .sorted(Comparator.comparingLong(SourceRow::signups).reversed())
                .toList();
    }
}
