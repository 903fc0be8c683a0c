package com.backinshape.portal.programme.ui;

import com.backinshape.portal.programme.DoseWording;
import com.backinshape.portal.programme.PlannedExercise;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** One exercise of the programme: purpose, steps, safety cues and dose. */
class ExerciseCard extends Div {

    ExerciseCard(PlannedExercise planned) {
        var exercise = planned.exercise();
        addClassNames("portal-card", "exercise");
        setId("exercise-" + exercise.id());
        var steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        var cues = new UnorderedList();
        cues.addClassName("safety-cues");
        exercise.safetyCues().forEach(cue -> cues.add(new ListItem(cue.text())));
        var dose = new Paragraph(DoseWording.describe(planned.dose()));
        dose.addClassName("dose");
        add(new H2(exercise.name()), new Paragraph(exercise.purpose()), new H3("How much"), dose,
                new H3("How to do it"), steps, new H3("Stay safe"), cues);
    }
}
