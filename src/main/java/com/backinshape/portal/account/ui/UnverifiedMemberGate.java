package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.CurrentMember;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;

/**
 * Until a member has confirmed their email, every members' page sends them to the verification page. Public pages
 * (those with {@link AnonymousAllowed}) stay open.
 */
@Component
class UnverifiedMemberGate implements VaadinServiceInitListener {

    private final CurrentMember currentMember;

    UnverifiedMemberGate(CurrentMember currentMember) {
        this.currentMember = currentMember;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    boolean unverified =
                            currentMember.principal().filter(p -> !p.verified()).isPresent();
                    if (unverified && !enter.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                        enter.rerouteTo(VerifyView.class);
                    }
                }));
    }
}
