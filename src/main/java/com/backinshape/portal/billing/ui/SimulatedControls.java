package com.backinshape.portal.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** Simulated mode only (never in production): move the subscription's life on, to see it all on a laptop. */
class SimulatedControls extends Div {

    SimulatedControls(Runnable renewNow, Runnable failNextRenewal) {
        addClassNames("portal-card", "test-mode-banner");
        var renew = new Button("Renew now", e -> renewNow.run());
        renew.setId("renew-now");
        var fail = new Button("Fail next renewal", e -> failNextRenewal.run());
        fail.setId("fail-next-renewal");
        add(
                new H2("Test controls"),
                new Paragraph("Simulated payments: end the current period now, or make the next "
                        + "renewal's payment fail."),
                renew,
                fail);
    }
}
