package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.Dashboard;
import com.backinshape.portal.admin.DashboardReport;
import com.backinshape.portal.admin.DashboardReport.SourceRow;
import com.backinshape.portal.admin.Retention;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.SubscriptionMetrics.Metrics;
import com.backinshape.portal.billing.SubscriptionMetrics.PlanCount;
import com.backinshape.portal.notification.SentEmailAdministration.SentEmail;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Signups, verification, questionnaire completion and conversion by source article; subscriptions, MRR; failed emails.
 */
@Route("admin")
@PageTitle("Admin dashboard | Back in Shape")
@Menu(title = "Admin dashboard", order = 200)
@RolesAllowed("ADMIN")
public class AdminDashboardView extends Main implements BeforeEnterObserver {

    private final Dashboard dashboard;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph figures = new Paragraph();
    private final Div chart = new Div();
    private final Grid<SourceRow> sources = new Grid<>(SourceRow.class, false);
    private final Grid<SentEmail> failed = new Grid<>(SentEmail.class, false);
    private final Paragraph money = new Paragraph();
    private final Grid<PlanCount> plans = new Grid<>(PlanCount.class, false);

    private final RetentionPanel retention;

    public AdminDashboardView(Dashboard dashboard, Retention retentionReport) {
        this.dashboard = dashboard;
        this.retention = new RetentionPanel(retentionReport);
        addClassNames("portal-page", "admin-page");
        setUpPeriod();
        figures.setId("figures");
        chart.setId("signups-chart");
        money.setId("subscription-figures");
        setUpSourcesGrid();
        setUpPlansGrid();
        setUpFailedEmailsGrid();
        add(
                new H1("Dashboard"),
                Filters.of(from, to),
                figures,
                new H2("Signups per day"),
                chart,
                new H2("By source article"),
                sources,
                new H2("Subscriptions"),
                money,
                plans,
                new H2("Emails that failed"),
                failed,
                retention);
    }

    /** The two dates; a change by the admin shows the new period's report. */
    private void setUpPeriod() {
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setLocale(TimeConfig.EN_GB);
            picker.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    show();
                }
            });
        }
        from.setId("from");
        to.setId("to");
    }

    private void setUpSourcesGrid() {
        sources.setId("by-source");
        sources.addColumn(r -> r.source().isEmpty() ? "(no article)" : r.source())
                .setHeader("Source article");
        sources.addColumn(SourceRow::signups).setHeader("Signups");
        sources.addColumn(SourceRow::verified).setHeader("Verified");
        sources.addColumn(SourceRow::completedQuestionnaire).setHeader("Completed questionnaire");
        sources.addColumn(SourceRow::premium).setHeader("Premium");
        sources.addColumn(r -> String.format(Locale.UK, "%.0f%%", r.conversion()))
                .setHeader("Conversion");
        sources.setAllRowsVisible(true);
    }

    private void setUpPlansGrid() {
        plans.setId("active-subscriptions");
        plans.addColumn(p -> p.tier().label()).setHeader("Tier");
        plans.addColumn(p -> p.period().label()).setHeader("Period");
        plans.addColumn(PlanCount::active).setHeader("Paying");
        plans.addColumn(PlanCount::trialing).setHeader("In free trial");
        plans.setAllRowsVisible(true);
    }

    private void setUpFailedEmailsGrid() {
        failed.setId("failed-emails");
        failed.addColumn(e -> TimeConfig.DATE_TIME.format(e.createdAt())).setHeader("Recorded");
        failed.addColumn(SentEmail::subject).setHeader("Subject");
        failed.addColumn(e -> e.memberId() == null ? "" : "#" + e.memberId()).setHeader("Member");
        failed.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader("Error")
                .setFlexGrow(2);
        failed.setAllRowsVisible(true);
        for (var grid : new Grid<?>[] {sources, plans, failed}) {
            AdminGrids.sizedToContent(grid);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        try {
            from.setInvalid(false);
            DashboardReport r = dashboard.report(from.getValue(), to.getValue());
            from.setValue(r.from());
            to.setValue(r.to());
            figures.setText(String.format(
                    Locale.UK,
                    "%d signups; %.0f%% confirmed their email; %.0f%% completed the "
                            + "questionnaire; %.0f%% went premium; %d emails failed; %d sessions logged.",
                    r.signups(),
                    r.verificationRate(),
                    r.questionnaireCompletion(),
                    r.conversion(),
                    r.failedEmails().size(),
                    r.sessionsLogged()));
            Metrics m = r.subscriptions();
            money.setText(String.format(
                    Locale.UK,
                    "MRR %s (yearly plans ÷ 12, trials excluded); %d paying, %d in free "
                            + "trial; %d ended in the period; %d past due.",
                    m.mrr().format(),
                    m.active(),
                    m.trialing(),
                    m.churned(),
                    m.pastDue()));
            plans.setItems(m.plans());
            chart.removeAll();
            chart.add(new Html("<div>" + BarChart.signups(r.from(), r.to(), r.signupsPerDay()) + "</div>"));
            sources.setItems(r.bySource());
            failed.setItems(r.failedEmails());
            retention.show(r.from(), r.to());
        } catch (InvalidInputException ex) {
            from.setErrorMessage(String.join(" ", ex.errors().values()));
            from.setInvalid(true);
        }
    }
}
