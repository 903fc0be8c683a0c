package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.programme.ProgrammeService;
import com.backinshape.portal.programme.ProgrammeService.Today;
import com.vaadin.flow.component.html.Anchor;
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
import jakarta.annotation.security.PermitAll;

/** "Today": the member's programme with each exercise in full, and the session log form. */
@Route("programme")
@PageTitle("Today's programme | Back in Shape")
@Menu(title = "Programme", order = 20)
@PermitAll
public class ProgrammeView extends Main implements BeforeEnterObserver {

    static final String DISCLAIMER = "These exercises are general guidance, not a diagnosis or a substitute for "
            + "seeing a clinician. Stop and get advice if pain spreads or your symptoms change. Go to A&E or call 999 "
            + "straight away for numbness around your bottom or genitals, new bladder or bowel problems, pain, "
            + "numbness or weakness in both legs, or new loss of feeling in your genitals or sexual problems; for "
            + "other urgent worries call 111.";

    private final ProgrammeService service;
    private final AppProperties.Clinic clinic;

    public ProgrammeView(ProgrammeService service, AppProperties app) {
        this.service = service;
        this.clinic = app.clinic();
        addClassNames("portal-page", "programme");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Today"));
        Today today = service.today();
        switch (today.state()) {
            case NONE ->
                add(card(
                        "no-programme",
                        new H2("No programme yet"),
                        new Paragraph("Your programme is built from your answers to the questionnaire."),
                        link("/questionnaire", "Take the questionnaire")));
            case SUSPENDED ->
                add(card(
                        "programme-suspended",
                        new H2("Your programme is paused"),
                        new Paragraph("A questionnaire showed a warning sign that a doctor needs to check before you "
                                + "exercise. Please follow the advice on your results page. Your programme comes back "
                                + "once you confirm there that a doctor or physiotherapist has checked it and said "
                                + "exercise is OK, and a later questionnaire shows no warning signs."),
                        link("/results", "See the advice"),
                        link(clinic.phoneHref(), "Call the clinic: " + clinic.phone())));
            case ACTIVE -> showProgramme(today);
        }
        var disclaimer = new Paragraph(DISCLAIMER);
        disclaimer.addClassNames("portal-small", "disclaimer");
        disclaimer.setId("disclaimer");
        add(disclaimer);
    }

    private void showProgramme(Today today) {
        var logLink = new Anchor("#session-log", "Log this session");
        logLink.setId("to-session-log");
        logLink.addClassName("log-link");
        // a jump within the page, not a navigation: the layout scrolls its content itself, so scroll there here
        logLink.getElement().setAttribute("router-ignore", true);
        logLink.getElement()
                .executeJs("this.addEventListener('click', e => { e.preventDefault(); "
                        + "document.getElementById('session-log').scrollIntoView(); })");
        add(logLink);
        add(new Paragraph("Work through these exercises in order. Take it gently: a mild, comfortable pull is enough. "
                + "Tap \"How to do it\" on an exercise for its steps."));
        today.notes().forEach(note -> add(new Paragraph(note)));
        var staySafe = today.staySafe();
        add(new StaySafeBox(staySafe));
        today.exercises()
                .forEach(exercise -> add(new ExerciseCard(
                        exercise, staySafe.onExercise(exercise.exercise().id()))));
        var form = new SessionLogForm();
        form.addSaveListener(e -> {
            try {
                ProgrammeService.LogOutcome outcome = service.logSession(e.entry());
                form.saved(outcome.confirmation());
                getChildren()
                        .filter(c -> c.getId().filter("pain-advice"::equals).isPresent())
                        .toList()
                        .forEach(this::remove);
                if (outcome.painAdvice() != null) {
                    var advice = card(
                            "pain-advice",
                            new H2("After a painful session"),
                            new Paragraph(outcome.painAdvice()),
                            link(clinic.phoneHref(), "Call the clinic: " + clinic.phone()));
                    addComponentAtIndex(indexOf(form), advice);
                    if (outcome.switchedToGentle()) {
                        var gentle = new Paragraph(ProgrammeService.SWITCHED_NOTE);
                        gentle.setId("switched-to-gentle");
                        advice.add(gentle);
                    }
                }
            } catch (InvalidInputException ex) {
                form.refused(ex);
            }
        });
        add(form);
    }

    private static Div card(String id, com.vaadin.flow.component.Component... parts) {
        var div = new Div(parts);
        div.addClassName("portal-card");
        div.setId(id);
        return div;
    }

    private static Anchor link(String href, String text) {
        var a = new Anchor(href, text);
        a.addClassName("portal-button");
        return a;
    }
}
