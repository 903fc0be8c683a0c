package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a feature adds to the member's account page ("Programme reminders", ...), so that the page does not depend
 * on every feature. Implementations are Spring beans; {@link #section()} builds new components on each call.
 */
public interface AccountSection {

    /** Sections are shown by ascending order, after the account's own. */
    int order();

    /** The section for the signed-in member. */
    Component section();
}
