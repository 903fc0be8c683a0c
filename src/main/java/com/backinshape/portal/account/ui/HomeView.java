package com.backinshape.portal.account.ui;

import com.backinshape.portal.account.CurrentMember;
import com.backinshape.portal.account.MemberPrincipal;
import com.backinshape.portal.base.ui.HomeCard;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Member home: a greeting and the next things to do, as the features' {@link HomeCard}s say. */
@Route("home")
@PageTitle("Home | Back in Shape")
@Menu(title = "Home", order = 0)
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private final CurrentMember currentMember;
    private final List<HomeCard> cards;

    public HomeView(CurrentMember currentMember, List<HomeCard> cards) {
        this.currentMember = currentMember;
        this.cards =
                cards.stream().sorted(Comparator.comparingInt(HomeCard::order)).toList();
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String name = currentMember.principal().map(MemberPrincipal::firstName).orElse("");
        var greeting = new H1("Welcome, " + name);
        greeting.setId("greeting");
        add(greeting);
        boolean offersHeldBack = cards.stream().anyMatch(HomeCard::holdsBackOffers);
        cards.stream()
                .filter(c -> !(offersHeldBack && c.isOffer()))
                .map(HomeCard::card)
                .flatMap(Optional::stream)
                .forEach(this::add);
        if (getComponentCount() == 1) {
            add(new Paragraph("Your member area is being prepared. Please come back soon."));
        }
    }
}
