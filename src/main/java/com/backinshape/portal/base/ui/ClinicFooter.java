package com.backinshape.portal.base.ui;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.backinshape.portal.base.AppProperties;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The clinic's phone, address and email, and the legal pages. Static, so it is sent as the footer's own HTML: one
 * element on the server instead of a component per line, in every open tab of every member.
 */
@SpringComponent
@UIScope
public class ClinicFooter extends Footer {

    public ClinicFooter(AppProperties app) {
        addClassName("portal-footer");
        var clinic = app.clinic();
        getElement()
                .setProperty(
                        "innerHTML",
                        "<span>" + htmlEscape(clinic.name()) + " clinic</span>"
                                + link(clinic.phoneHref(), clinic.phone())
                                + "<span>" + htmlEscape(clinic.address()) + "</span>"
                                + link("mailto:" + clinic.email(), clinic.email())
                                + link("/terms", "Terms")
                                + link("/privacy", "Privacy"));
    }

    private static String link(String href, String text) {
        return "<a href=\"" + htmlEscape(href) + "\">" + htmlEscape(text) + "</a>";
    }
}
