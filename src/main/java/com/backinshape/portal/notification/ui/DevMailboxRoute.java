package com.backinshape.portal.notification.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Registers {@code /dev/mailbox} at startup outside production. The view has no {@code @Route}, so a
 * production build has no such page at all.
 */
@Component
@Profile("!prod")
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
