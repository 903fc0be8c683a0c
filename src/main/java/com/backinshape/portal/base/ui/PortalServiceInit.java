package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one error handler of the Vaadin UI: an exception in a click or other listener is logged and the person sees a
 * calm message, never a stack trace.
 */
@Component
class PortalServiceInit implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalServiceInit.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    log.error("Unexpected error in the UI", error.getThrowable());
                    if (UI.getCurrent() != null) {
                        var note = Notification.show(
                                "Sorry, something went wrong. Please try again.", 6000, Notification.Position.MIDDLE);
                        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }
}
