package com.backinshape.portal.programme.ui;

import com.backinshape.portal.base.ui.HomeCard;
import com.backinshape.portal.programme.ProgrammeService;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Member home: today's programme, or why it is paused. */
@org.springframework.stereotype.Component
class ProgrammeHomeCard implements HomeCard {

    private final ProgrammeService programmes;

    ProgrammeHomeCard(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> card() {
        var today = programmes.today();
        return switch (today.state()) {
            case ACTIVE ->
                Optional.of(HomeCard.of(
                        "Today's programme",
                        today.exercises().size()
                                + " exercises made for your back. Log how each session felt, and watch "
                                + "your progress build week by week.",
                        "Open today's programme",
                        "/programme",
                        "open-programme"));
            case SUSPENDED ->
                Optional.of(HomeCard.of(
                        "Your programme is paused",
                        "Your last answers need a clinician's advice before any exercise. Please read your results.",
                        "See my results",
                        "/results",
                        "see-results"));
            case NONE -> Optional.empty();
        };
    }
}
