package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.Retention;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.Locale;

/** "Retention" on the dashboard: the cohort chart, reminders sent and unsubscribes in the period. */
class RetentionPanel extends Section {

    private final Retention retention;
    private final Paragraph figures = new Paragraph();
    private final Div chart = new Div();

    RetentionPanel(Retention retention) {
        this.retention = retention;
        setId("retention");
        figures.setId("retention-figures");
        chart.setId("retention-chart");
        add(
                new H2("Retention"),
                new Paragraph("Members who logged a session each week, by the week they joined."),
                chart,
                figures);
    }

    void show(LocalDate from, LocalDate to) {
        var report = retention.report(from, to);
        chart.removeAll();
        chart.add(new Html("<div>" + CohortChart.svg(report.cohorts()) + "</div>"));
        figures.setText(String.format(
                Locale.UK,
                "%d programme reminders sent; %d members unsubscribed in the period.",
                report.remindersSent(),
                report.unsubscribes()));
    }
}
