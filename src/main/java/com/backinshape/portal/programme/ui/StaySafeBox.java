package com.backinshape.portal.programme.ui;

import com.backinshape.portal.programme.ExerciseKind;
import com.backinshape.portal.programme.StaySafe;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.jspecify.annotations.Nullable;

/** The page's one "Stay safe" box: each safety cue once, grouped by the kind of exercise it is for. */
class StaySafeBox extends Div {

    StaySafeBox(StaySafe staySafe) {
        addClassNames("portal-card", "stay-safe");
        setId("stay-safe");
        add(new H2("Stay safe"));
        staySafe.groups().forEach(group -> {
            var cues = new UnorderedList();
            cues.addClassName("safety-cues");
            group.cues().forEach(cue -> cues.add(new ListItem(cue.text())));
            add(new H3(heading(group.kind())), cues);
        });
    }

    private static String heading(@Nullable ExerciseKind kind) {
        if (kind == null) {
            return "For every exercise";
        }
        return switch (kind) {
            case HAMSTRING_STRETCH -> "For the hamstring stretches";
            case POSTURE -> "For the posture reset";
            case MOBILITY -> "For the gentle movements";
            case STRENGTH -> "For the strength exercises";
        };
    }
}
