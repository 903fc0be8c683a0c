package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.account.SecondFactor;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;

/**
 * After an admin's password, every page but the public ones sends them to set up their authenticator or to enter its
 * code. (The admin pages and services refuse them anyway: they lack {@code ROLE_ADMIN} until the code is right.)
 * Members are never stopped here.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final CurrentMember currentMember;
    private final SecondFactor secondFactor;

    SecondFactorGate(CurrentMember currentMember, SecondFactor secondFactor) {
        this.currentMember = currentMember;
        this.secondFactor = secondFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Class<?> target = enter.getNavigationTarget();
                    if (target == SecondFactorSetUpView.class
                            || target == SecondFactorView.class
                            || target.isAnnotationPresent(AnonymousAllowed.class)
                            || currentMember
                                    .principal()
                                    .filter(MemberPrincipal::needsSecondFactor)
                                    .isEmpty()) {
                        return;
                    }
                    enter.forwardTo(
                            secondFactor.pending() == SecondFactor.Pending.SET_UP
                                    ? SecondFactorSetUpView.class
                                    : SecondFactorView.class);
                }));
    }
}
