package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A notice features can put at the top of every page of the members' layout (e.g. "your payment failed").
 * {@link MainLayout} asks each bean implementing this after every navigation; base stays unaware of the features that
 * provide them.
 */
public interface LayoutBanner {

    /** The banner for the person signed in now, or empty. Called on the UI thread with the security context set. */
    Optional<Component> banner();
}
