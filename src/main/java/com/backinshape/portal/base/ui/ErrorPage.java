package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The body shared by the friendly error pages: a heading, a sentence and a way on. */
abstract class ErrorPage extends Main {

    ErrorPage() {
        addClassName("portal-page");
    }

    void show(String title, String message) {
        removeAll();
        add(
                new H1(title),
                new Paragraph(message),
                new Paragraph(new Anchor("/", "Go to the welcome page")),
                new Paragraph(new Anchor("/home", "Members: go to your home page")));
    }
}
