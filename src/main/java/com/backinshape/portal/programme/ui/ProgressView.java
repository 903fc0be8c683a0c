package com.backinshape.portal.programme.ui;

import com.backinshape.portal.assessment.AdviceLevel;
import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.assessment.ResultWording;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.programme.ProgrammeService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/** Pain over time (with the questionnaire results marked), sessions per week, past results and when to retake. */
@Route("progress")
@PageTitle("Your progress | Back in Shape")
@Menu(title = "Progress", order = 30)
@PermitAll
public class ProgressView extends Main implements BeforeEnterObserver {

    private final ProgrammeService service;

    public ProgressView(ProgrammeService service) {
        this.service = service;
        addClassNames("portal-page", "progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProgrammeService.Progress progress = service.progress();
        add(new H1("Your progress"));
        add(retake(progress.retake()));
        var painChart = chart(
                "pain-chart",
                Charts.pain(
                        progress.pain(),
                        progress.results().stream()
                                .map(AssessmentResults.Result::completedAt)
                                .toList()));
        var legend = new Paragraph("Each dot is a logged session (0 = no pain, 10 = worst imaginable). "
                + "Dashed lines mark your questionnaire results.");
        legend.addClassName("portal-small");
        add(section(new H2("Pain over time"), painChart, legend));
        add(section(new H2("Sessions per week"), chart("weeks-chart", Charts.weeks(progress.weeks()))));
        var history = new UnorderedList();
        history.setId("result-history");
        progress.results()
                .forEach(r -> history.add(new ListItem(TimeConfig.DATE.format(r.completedAt()) + ": "
                        + (r.adviceLevel() == AdviceLevel.NONE
                                ? ResultWording.riskGroup(Objects.requireNonNull(r.riskGroup()))
                                : ResultWording.advice(r.adviceLevel())))));
        if (progress.results().isEmpty()) {
            history.add(new ListItem("No questionnaire results yet."));
        }
        add(section(new H2("Your questionnaire results"), history));
    }

    private Div retake(AssessmentResults.Retake retake) {
        var div = new Div();
        div.setId("retake");
        if (retake.suggested()) {
            var link = new Anchor("/questionnaire", "Retake the questionnaire");
            link.addClassName("portal-button");
            link.setId("retake-link");
            div.add(new Paragraph("It's been 4 weeks since your last questionnaire: time to check in again."), link);
            div.addClassName("portal-card");
        } else if (retake.suggestedFrom() != null) {
            var link = new Anchor("/questionnaire", "Retake the questionnaire now");
            link.setId("retake-early");
            var text = new Paragraph(
                    "Your next check-in is suggested from " + TimeConfig.DATE.format(retake.suggestedFrom()) + ". ");
            text.add(link);
            text.addClassName("portal-small");
            div.add(text);
        } else {
            var link = new Anchor("/questionnaire", "Take the questionnaire");
            link.addClassName("portal-button");
            link.setId("retake-link");
            div.add(link);
        }
        return div;
    }

    private static Html chart(String id, String svg) {
        var html = new Html("<div class=\"chart\">" + svg + "</div>");
        html.setId(id);
        return html;
    }

    private static Div section(com.vaadin.flow.component.Component... parts) {
        var div = new Div(parts);
        div.addClassName("portal-card");
        return div;
    }
}
