package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.AppProperties;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.programme.StrengthService;
import com.backinshape.portal.programme.StrengthService.Preview;
import com.backinshape.portal.programme.StrengthService.ThisWeek;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.jspecify.annotations.Nullable;

/**
 * Premium strength training: this week's session and the log for premium members; for free members a locked preview
 * (names and what the programme gives, no steps or doses) with an upgrade link.
 */
@Route("strength")
@PageTitle("Strength training | Back in Shape")
@Menu(title = "Strength", order = 25)
@PermitAll
public class StrengthView extends Main implements BeforeEnterObserver {

    private final StrengthService service;
    private final AppProperties.Clinic clinic;

    public StrengthView(StrengthService service, AppProperties app) {
        this.service = service;
        this.clinic = app.clinic();
        addClassNames("portal-page", "strength");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(null);
    }

    /** Builds the page; {@code change} tells a member whose week just changed what happened. */
    private void render(@Nullable String change) {
        removeAll();
        Preview preview = service.preview();
        add(new H1(preview.name()));
        if (change != null) {
            var changed = new Paragraph(change);
            changed.setId("strength-change");
            changed.addClassName("portal-card");
            add(changed);
        }
        if (preview.unlocked()) {
            showWeek(service.thisWeek());
        } else {
            showLocked(preview);
        }
        var disclaimer = new Paragraph(ProgrammeView.DISCLAIMER);
        disclaimer.addClassNames("portal-small", "disclaimer");
        add(disclaimer);
    }

    private void showLocked(Preview preview) {
        var intro = card(
                "strength-locked",
                new H2("Part of Premium"),
                new Paragraph(preview.summary()),
                new Paragraph(preview.weeks() + " weeks of sessions with sets, repetitions and rest for each exercise, "
                        + "moving up or easing back from how each session felt."));
        add(intro);
        for (StrengthService.PhasePreview phase : preview.phases()) {
            var names = new UnorderedList();
            phase.exerciseNames().forEach(name -> names.add(new ListItem(name)));
            var locked = card(
                    "phase-" + phase.number(),
                    new H3("Phase " + phase.number() + ": " + phase.name()),
                    new Paragraph(phase.focus()),
                    names);
            locked.addClassName("locked");
            add(locked);
        }
        var upgrade = new Anchor("/pricing", "Upgrade to Premium");
        upgrade.addClassName("portal-button");
        upgrade.setId("upgrade");
        add(upgrade);
    }

    private void showWeek(ThisWeek week) {
        if (week.state() == StrengthService.State.NOT_SCREENED) {
            var questionnaire = new Anchor("/questionnaire", "Start the questionnaire");
            questionnaire.addClassName("portal-button");
            add(card(
                    "strength-needs-questionnaire",
                    new H2("First, a quick safety check"),
                    new Paragraph("Before strength training, answer the back-pain questionnaire. It checks for signs "
                            + "that need a doctor first and takes about five minutes."),
                    questionnaire));
            return;
        }
        if (week.state() == StrengthService.State.SUSPENDED) {
            var results = new Anchor("/results", "See the advice");
            results.addClassName("portal-button");
            add(card(
                    "strength-suspended",
                    new H2("Your strength programme is paused"),
                    new Paragraph("Your latest questionnaire showed a warning sign that a doctor needs to check before "
                            + "you exercise. It comes back once you confirm on your results page that a doctor or "
                            + "physiotherapist has checked it and said exercise is OK, and a later questionnaire shows "
                            + "no warning signs."),
                    results,
                    new Anchor(clinic.phoneHref(), "Call the clinic: " + clinic.phone())));
            return;
        }
        if (week.state() == StrengthService.State.CHECK_IN_DUE) {
            var questionnaire = new Anchor("/questionnaire", "Take the questionnaire");
            questionnaire.addClassName("portal-button");
            add(card(
                    "strength-check-in",
                    new H2("Time for a check-in"),
                    new Paragraph("It's been more than 12 weeks since your last questionnaire. Please take it again "
                            + "before your next strength session, so we know strength training still suits your back."),
                    questionnaire));
            return;
        }
        if (week.state() == StrengthService.State.PAUSED) {
            add(card(
                    "strength-paused",
                    new H2("Your strength programme is paused"),
                    new Paragraph(java.util.Objects.requireNonNull(week.pauseAdvice())),
                    clinicianCheck(),
                    new Anchor(clinic.phoneHref(), "Call the clinic: " + clinic.phone())));
            return;
        }
        var where = new Paragraph("Phase " + week.phase() + " of 3, " + week.phaseName() + ": week " + week.week()
                + " of " + week.totalWeeks() + ". " + week.phaseFocus());
        where.setId("strength-week");
        add(where);
        if (week.completed()) {
            add(new Paragraph(
                    "You have completed the programme: keep doing this week's session to hold on to your strength."));
        }
        if (week.reassurance() != null) {
            var reassurance = new Paragraph(week.reassurance());
            reassurance.setId("strength-reassurance");
            add(reassurance);
        }
        if (!week.leftOut().isEmpty()) {
            add(card(
                    "strength-left-out",
                    new H2("Left out for now"),
                    new Paragraph("Your questionnaire showed pain or tingling below the knee, or strong pain at the "
                            + "moment, so " + String.join(", ", week.leftOut()) + " are left out until a doctor or "
                            + "physiotherapist has checked you and said they are OK."),
                    clinicianCheck()));
        }
        var staySafe = com.backinshape.portal.programme.StaySafe.of(week.exercises().stream()
                .map(com.backinshape.portal.programme.PlannedExercise::exercise)
                .toList());
        add(new StaySafeBox(staySafe));
        week.exercises()
                .forEach(exercise -> add(new ExerciseCard(
                        exercise, staySafe.onExercise(exercise.exercise().id()))));
        var next = card("next-time", new H2("Next time"), new Paragraph(week.nextTime()));
        add(next);
        var form = new SessionLogForm(true);
        form.addSaveListener(e -> {
            try {
                var logged = service.log(e.entry(), e.legSymptoms());
                if (logged.change() == StrengthService.Change.STAY
                        && service.thisWeek().state() == StrengthService.State.ACTIVE) {
                    form.saved(logged.message());
                } else {
                    render(logged.message());
                }
            } catch (InvalidInputException ex) {
                form.refused(ex);
            }
        });
        add(form);
    }

    /** "A doctor or physiotherapist has checked this and said these exercises are OK", recorded with its date. */
    private Div clinicianCheck() {
        var confirm = new com.vaadin.flow.component.checkbox.Checkbox(
                "A doctor or physiotherapist has checked this and said these exercises are OK");
        confirm.setId("strength-clearance-confirm");
        var save = new com.vaadin.flow.component.button.Button("Save my confirmation", e -> {
            if (!confirm.getValue()) {
                confirm.setInvalid(true);
                confirm.setErrorMessage("Tick the box once a doctor or physiotherapist has said so.");
                return;
            }
            service.confirmClinicianCheck();
            render("Thank you: your confirmation is saved.");
        });
        save.setId("strength-clearance-save");
        return new Div(confirm, save);
    }

    private static Div card(String id, Component... parts) {
        var div = new Div(parts);
        div.addClassName("portal-card");
        div.setId(id);
        return div;
    }
}
