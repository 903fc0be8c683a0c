package com.backinshape.portal.notification.ui;

import com.backinshape.portal.base.DevTools;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /dev/mailbox} at startup on a developer's machine only ({@link DevTools}: no {@code prod} profile,
 * no mail server). The view has no {@code @Route}, so elsewhere there is no such page at all.
 */
@Component
@DevTools.Only
class DevMailboxRoute implements VaadinServiceInitListener {

    static final String PATH = "dev/mailbox";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isPathAvailable(PATH)) {
            routes.setRoute(PATH, DevMailboxView.class);
        }
    }
}
