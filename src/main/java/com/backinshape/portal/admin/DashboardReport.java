package com.backinshape.portal.admin;

import com.backinshape.portal.notification.SentEmails.SentEmail;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard for the London days {@code from} to {@code to} (inclusive). Premium conversion, MRR,
 * churn and active subscriptions are billing's (issue 4) and join this report when it is merged.
 */
public record DashboardReport(LocalDate from, LocalDate to, List<DayCount> signupsPerDay, List<SourceRow> bySource,
                              List<SentEmail> failedEmails) {

    public record DayCount(LocalDate day, long signups) {
    }

    /** Members who joined from one article ({@code source} empty: no article link). */
    public record SourceRow(String source, long signups, long verified, long completedQuestionnaire) {
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
