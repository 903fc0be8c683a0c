package com.backinshape.portal.programme.ui;

import com.backinshape.portal.programme.DoseWording;
import com.backinshape.portal.programme.PlannedExercise;
import com.backinshape.portal.programme.SafetyCue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * One exercise of the programme, short enough for a phone: its name, dose and drawing, the safety cues that belong to
 * this exercise alone (the others are in the page's shared {@link StaySafeBox}), and the purpose and steps in a card
 * that opens with "How to do it".
 */
class ExerciseCard extends Div {

    ExerciseCard(PlannedExercise planned, List<SafetyCue> ownCues) {
        var exercise = planned.exercise();
        addClassNames("portal-card", "exercise");
        setId("exercise-" + exercise.id());
        var name = new H2(exercise.name());
        name.addClassName("exercise-name");
        var dose = new Paragraph(DoseWording.describe(planned.dose()));
        dose.addClassName("dose");
        add(name, dose);
        ExerciseDrawing.of(exercise).ifPresent(this::add);
        if (!ownCues.isEmpty()) {
            var cues = new UnorderedList();
            cues.addClassName("safety-cues");
            ownCues.forEach(cue -> cues.add(new ListItem(cue.text())));
            var takeCare = new Div(new H3("Take care with this one"), cues);
            takeCare.addClassName("own-cues");
            add(takeCare);
        }
        var steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        var how = new Details("How to do it", new Paragraph(exercise.purpose()), steps);
        how.addClassName("how-to");
        how.setId("how-" + exercise.id());
        add(how);
    }
}
