package com.backinshape.portal.assessment.ui;

import com.backinshape.portal.assessment.AdviceLevel;
import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.assessment.HamstringFinding;
import com.backinshape.portal.assessment.NextStep;
import com.backinshape.portal.assessment.ProgrammeHabits;
import com.backinshape.portal.assessment.Questionnaire;
import com.backinshape.portal.assessment.ResultWording;
import com.backinshape.portal.assessment.StartBackWording;
import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.TimeConfig;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;

/** The latest questionnaire result: risk group, hamstring finding and next step, or the urgent advice of a red flag. */
@Route("results")
@PageTitle("Your results | Back in Shape")
@PermitAll
public class ResultsView extends Main implements BeforeEnterObserver {

    private final AssessmentService service;
    private final AssessmentResults results;
    private final AppProperties.Clinic clinic;

    private final StartBackWording wording;
    private final ProgrammeHabits habits;

    public ResultsView(
            AssessmentService service,
            AssessmentResults results,
            AppProperties app,
            StartBackWording wording,
            ProgrammeHabits habits) {
        this.results = results;
        this.wording = wording;
        this.habits = habits;
        this.service = service;
        this.clinic = app.clinic();
        addClassNames("portal-page", "narrow", "results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        results.latestResult()
                .ifPresentOrElse(
                        this::show,
                        () -> add(
                                new H1("No results yet"),
                                new Paragraph("Your results appear here once you've finished the questionnaire."),
                                button("/questionnaire", "Go to the questionnaire", "to-questionnaire")));
        var disclaimer = new Paragraph(Questionnaire.current().disclaimer());
        disclaimer.addClassNames("portal-small", "disclaimer");
        add(disclaimer);
    }

    private void show(AssessmentResults.Result result) {
        var date = new Paragraph("Questionnaire completed " + TimeConfig.DATE.format(result.completedAt()) + ".");
        date.addClassName("portal-small");
        AssessmentService.SafetyHold hold = service.safetyHold();
        if (result.adviceLevel().suspends()) {
            var heading = new H1(ResultWording.advice(result.adviceLevel()));
            heading.setId("results-heading");
            var urgent = new Div();
            urgent.addClassNames("portal-card", "urgent-advice");
            if (result.adviceLevel() == AdviceLevel.EMERGENCY) {
                urgent.add(
                        emergencyCall("tel:999", "Call 999", "call-999"),
                        new Paragraph("Call 999 if you can't get to A&E."));
            } else {
                urgent.add(
                        emergencyCall("tel:111", "Call 111", "call-111"),
                        new Paragraph("Call 111, or see your GP today."));
            }
            var advice = new Paragraph(result.advice());
            advice.setId("advice");
            var noProgramme = new Paragraph("For your safety we haven't given you an exercise programme, and every "
                    + "programme you had is paused.");
            noProgramme.setId("no-programme");
            urgent.add(advice, noProgramme);
            if (result.adviceLevel() == AdviceLevel.EMERGENCY) {
                urgent.add(new Paragraph("Let us know afterwards how you got on:"));
            }
            urgent.add(phone());
            add(heading, urgent, date);
            if (hold.active()) {
                add(new ClearanceCard(service, hold, this::render));
            }
            return;
        }
        var heading = new H1("Your results");
        heading.setId("results-heading");
        add(heading, date);
        if (hold.active()) {
            add(new ClearanceCard(service, hold, this::render));
        }
        if (result.adviceLevel() == AdviceLevel.GP_SOON) {
            var soon = new H2(ResultWording.advice(AdviceLevel.GP_SOON));
            soon.setId("gp-soon");
            add(
                    card(
                            soon,
                            new Paragraph(
                                    "Please book an appointment with your GP in the next week or two. "
                                            + "You can start your programme at the gentle dose in the meantime: open it with \"See my programme\" below.")));
        }
        var risk = new H2(ResultWording.riskGroup(Objects.requireNonNull(result.riskGroup())));
        risk.setId("risk-group");
        var riskCard = card(risk, new Paragraph(ResultWording.riskMeaning(result.riskGroup())));
        if (wording.licensed()) {
            // only with Keele University's licensed wording installed may the group be named after the tool
            var tool = new Paragraph("Group from the STarT Back Screening Tool. "
                    + wording.licence().orElse(""));
            tool.addClassName("portal-small");
            riskCard.add(tool);
        }
        add(riskCard);
        HamstringFinding finding = Objects.requireNonNull(result.hamstring());
        var hamstring = new H2(ResultWording.hamstring(finding));
        hamstring.setId("hamstring-finding");
        add(card(hamstring, new Paragraph(ResultWording.hamstringMeaning(finding))));
        List<String> shaping = result.programmeAllowed() ? habits.ofLatestResult() : List.of();
        if (!shaping.isEmpty()) {
            var list = new UnorderedList();
            shaping.forEach(habit -> list.add(new ListItem(habit)));
            var habitsCard = card(
                    new H2("Your daily habits"),
                    new Paragraph("Your programme takes these answers " + "into account:"),
                    list);
            habitsCard.setId("habits");
            add(habitsCard);
        }
        var nextStep = new Div(new H2("What to do next"), new Paragraph(result.advice()));
        nextStep.addClassName("portal-card");
        nextStep.setId("next-step");
        result.notes().forEach(note -> nextStep.add(new Paragraph(note)));
        if (result.nextStep() != NextStep.SELF_MANAGEMENT
                || finding == HamstringFinding.NERVE_SIGN
                || result.adviceLevel() == AdviceLevel.GP_SOON) {
            nextStep.add(phone());
        }
        add(nextStep);
        if (result.programmeAllowed()) {
            add(button("/programme", "See my programme", "to-programme"));
        }
    }

    private static Anchor emergencyCall(String href, String text, String id) {
        var call = new Anchor(href, text);
        call.setId(id);
        call.addClassNames("portal-button", "emergency-call");
        return call;
    }

    private Div card(com.vaadin.flow.component.Component... parts) {
        var div = new Div(parts);
        div.addClassName("portal-card");
        return div;
    }

    private Anchor phone() {
        var phone = new Anchor(clinic.phoneHref(), "Call the clinic: " + clinic.phone());
        phone.setId("clinic-phone");
        phone.addClassName("portal-button");
        return phone;
    }

    private static Anchor button(String href, String text, String id) {
        var a = new Anchor(href, text);
        a.addClassName("portal-button");
        a.setId(id);
        return a;
    }
}
