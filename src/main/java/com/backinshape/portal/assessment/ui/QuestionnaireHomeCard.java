package com.backinshape.portal.assessment.ui;

import com.backinshape.portal.assessment.AssessmentResults;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.HomeCard;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Member home: the questionnaire to start, or to retake when it is time. */
@org.springframework.stereotype.Component
class QuestionnaireHomeCard implements HomeCard {

    private final AssessmentResults assessments;

    QuestionnaireHomeCard(AssessmentResults assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 10;
    }

    /** After a result that sends the member to a doctor (no programme allowed), home sells nothing. */
    @Override
    public boolean holdsBackOffers() {
        return assessments.latestResult().filter(r -> !r.programmeAllowed()).isPresent();
    }

    @Override
    public Optional<Component> card() {
        var started = assessments.inProgress();
        if (started.isPresent()) {
            return Optional.of(HomeCard.of(
                    "Your questionnaire is waiting",
                    "Your answers so far are saved: carry on where you left off.",
                    "Continue the questionnaire – step " + started.get().step() + " of "
                            + started.get().of(),
                    "/questionnaire",
                    "continue-questionnaire"));
        }
        if (assessments.latestResult().isEmpty()) {
            return Optional.of(HomeCard.of(
                    "Your next step: the back-pain questionnaire",
                    "Six short steps about your back, your day and a simple hamstring test. It takes about five "
                            + "minutes, and your answers are saved as you go.",
                    "Start the questionnaire",
                    "/questionnaire",
                    "start-questionnaire"));
        }
        var retake = assessments.retake();
        if (retake.suggested() && retake.lastCompletedAt() != null) {
            return Optional.of(HomeCard.of(
                    "Time for a check-in",
                    "Your last questionnaire was on " + TimeConfig.DATE.format(retake.lastCompletedAt())
                            + ". Answering again shows how your back has changed and updates your programme.",
                    "Retake the questionnaire",
                    "/questionnaire",
                    "retake-questionnaire"));
        }
        return Optional.empty();
    }
}
