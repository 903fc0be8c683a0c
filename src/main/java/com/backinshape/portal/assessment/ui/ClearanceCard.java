package com.backinshape.portal.assessment.ui;

import com.backinshape.portal.assessment.AssessmentService;
import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * On the results page while programmes are suspended: how the suspension ends, and the member's confirmation that a
 * doctor or physiotherapist has checked it and said exercise is OK.
 */
class ClearanceCard extends Div {

    static final String CONFIRMATION = "A doctor or physiotherapist has checked this and said exercise is OK";

    ClearanceCard(AssessmentService service, AssessmentService.SafetyHold hold, Runnable refresh) {
        setId("clearance");
        addClassName("portal-card");
        add(new H2("When your programme comes back"));
        if (hold.confirmedAt() == null) {
            add(new Paragraph("Your exercises stay paused until a doctor or physiotherapist has checked what you "
                    + "told us and said exercise is OK. Once they have, tick the box below, then take the "
                    + "questionnaire again. Taking it again without this check keeps your programme paused."));
            var confirm =
                    new Checkbox("I confirm: a doctor or physiotherapist has checked this and said exercise is OK");
            confirm.setId("clearance-confirm");
            var error = new Paragraph();
            error.addClassName("portal-error");
            var save = new Button("Save my confirmation", e -> {
                if (!confirm.getValue()) {
                    confirm.setInvalid(true);
                    confirm.setErrorMessage("Tick the box to confirm, once a doctor or physiotherapist has said so.");
                    return;
                }
                try {
                    service.confirmClinicianClearance();
                    refresh.run();
                } catch (InvalidInputException ex) {
                    error.setText(String.join(" ", ex.errors().values()));
                }
            });
            save.setId("clearance-save");
            add(confirm, save, error);
        } else {
            var done = new Paragraph("You confirmed on " + TimeConfig.DATE.format(hold.confirmedAt())
                    + " that a doctor or physiotherapist checked this and said exercise is OK. Now take the "
                    + "questionnaire again: if it shows no warning signs, your programme comes back.");
            done.setId("clearance-confirmed");
            var retake = new Anchor("/questionnaire", "Take the questionnaire again");
            retake.addClassName("portal-button");
            retake.setId("clearance-retake");
            add(done, retake);
        }
    }
}
