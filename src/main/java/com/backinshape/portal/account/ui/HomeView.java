package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.MemberPrincipal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;

/** Member home: a greeting and the next thing to do. */
@Route("home")
@PageTitle("Home | Back in Shape")
@Menu(title = "Home", order = 0)
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final CurrentMember currentMember;

    public HomeView(CurrentMember currentMember) {
        this.currentMember = currentMember;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String name = currentMember.principal().map(MemberPrincipal::firstName).orElse("");
        var greeting = new H1("Welcome, " + name);
        greeting.setId("greeting");
        var next = new Div();
        next.addClassName("portal-card");
        next.add(new H2("Your next step: the back-pain questionnaire"),
                new Paragraph("Six short steps about your back, your day and a simple hamstring test. It takes "
                        + "about five minutes, and your answers are saved as you go."));
        if (RouteConfiguration.forSessionScope().isPathAvailable("questionnaire")) {
            var start = new Anchor("/questionnaire", "Start the questionnaire");
            start.addClassName("portal-button");
            start.setId("start-questionnaire");
            next.add(start);
        } else {
            next.add(new Paragraph("The questionnaire opens here soon. We'll email you when it's ready."));
        }
        add(greeting, next);
    }
}
