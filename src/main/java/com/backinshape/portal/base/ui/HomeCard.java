package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/**
 * A card a feature adds to member home for the signed-in member ("Start the questionnaire", "Today's programme", ...),
 * so that home can say what to do next without depending on every feature. Implementations are Spring beans;
 * {@link #card()} builds new components on each call.
 */
public interface HomeCard {

    /** Cards are shown by ascending order. */
    int order();

    /** The card for the signed-in member, or empty when this feature has nothing to say now. */
    Optional<Component> card();

    /** Whether this card advertises something to buy (left out while another card holds offers back). */
    default boolean isOffer() {
        return false;
    }

    /**
     * Whether offers should not be shown to the signed-in member now, e.g. after a questionnaire result that sends them
     * to a doctor: selling them a programme then would contradict the advice.
     */
    default boolean holdsBackOffers() {
        return false;
    }

    /** A card with a heading, a sentence and a main link styled as a button. */
    static Component of(String heading, String text, String linkText, String href, String linkId) {
        var link = new Anchor(href, linkText);
        link.addClassName("portal-button");
        link.setId(linkId);
        var card = new Div(new H2(heading), new Paragraph(text), link);
        card.addClassName("portal-card");
        return card;
    }
}
