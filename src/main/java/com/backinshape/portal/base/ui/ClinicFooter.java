package com.backinshape.portal.base.ui;

import com.backinshape.portal.base.AppProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** The clinic's phone, address and email, and the legal pages. */
@SpringComponent
@UIScope
public class ClinicFooter extends Footer {

    public ClinicFooter(AppProperties app) {
        addClassName("portal-footer");
        var clinic = app.clinic();
        var phone = new Anchor(clinic.phoneHref(), clinic.phone());
        var email = new Anchor("mailto:" + clinic.email(), clinic.email());
        add(
                new Span(clinic.name() + " clinic"),
                phone,
                new Span(clinic.address()),
                email,
                new Anchor("/terms", "Terms"),
                new Anchor("/privacy", "Privacy"));
    }
}
