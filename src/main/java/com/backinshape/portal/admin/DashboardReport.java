package com.backinshape.portal.admin;

import com.backinshape.portal.billing.SubscriptionMetrics.Metrics;
import com.backinshape.portal.notification.SentEmailAdministration.SentEmail;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard for the London days {@code from} to {@code to} (inclusive): signups and what became of them by source
 * article, failed emails, billing's subscription figures (now; churn over the period), and the sessions members logged
 * in the period (counted by {@code programme.LoggedSessions}, as members and the member page count them).
 */
public record DashboardReport(
        LocalDate from,
        LocalDate to,
        List<DayCount> signupsPerDay,
        List<SourceRow> bySource,
        List<SentEmail> failedEmails,
        Metrics subscriptions,
        long sessionsLogged) {

    public record DayCount(LocalDate day, long signups) {}

    /**
     * Members who joined from one article ({@code source} empty: no article link); {@code premium}: how many of them
     * started a paid subscription (free trial included; complimentary grants are not conversions).
     */
    public record SourceRow(String source, long signups, long verified, long completedQuestionnaire, long premium) {
        /** Free→premium conversion of this article's signups, 0–100. */
        public double conversion() {
            return percent(premium, signups);
        }
    }

    public long signups() {
        return bySource.stream().mapToLong(SourceRow::signups).sum();
    }

    public long verified() {
        return bySource.stream().mapToLong(SourceRow::verified).sum();
    }

    public long completedQuestionnaire() {
        return bySource.stream().mapToLong(SourceRow::completedQuestionnaire).sum();
    }

    public long premium() {
        return bySource.stream().mapToLong(SourceRow::premium).sum();
    }

    /** Free→premium conversion: share of the period's signups who started a subscription, 0–100. */
    public double conversion() {
        return percent(premium(), signups());
    }

    /** Share of the period's signups who confirmed their email, 0–100. */
    public double verificationRate() {
        return percent(verified(), signups());
    }

    /** Share of the period's signups who completed a questionnaire, 0–100. */
    public double questionnaireCompletion() {
        return percent(completedQuestionnaire(), signups());
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
