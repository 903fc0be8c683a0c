package com.backinshape.portal.premiumplus.ui;

import com.backinshape.portal.base.InvalidInputException;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.premiumplus.TimeWindow;
import com.backinshape.portal.premiumplus.VideoReviewService;
import com.backinshape.portal.premiumplus.VideoReviewService.RequestForm;
import com.backinshape.portal.premiumplus.VideoReviewService.Requested;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;

/** Premium Plus: request this month's video review and see the clinic discount code; others see what it adds. */
@Route("premium-plus")
@PageTitle("Video review | Back in Shape")
@Menu(title = "Video review", order = 27)
@PermitAll
public class PremiumPlusView extends Main implements BeforeEnterObserver {

    private final VideoReviewService service;

    public PremiumPlusView(VideoReviewService service) {
        this.service = service;
        addClassNames("portal-page", "premium-plus");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1("Premium Plus"));
        if (!service.hasPremiumPlus()) {
            var adds = new UnorderedList(
                    new ListItem("Everything in Premium, including the strength programmes"),
                    new ListItem("A video review with a clinic physiotherapist every month"),
                    new ListItem("10% off treatments at the clinic with your personal discount code"));
            var upgrade = new Anchor("/pricing", "Upgrade to Premium Plus");
            upgrade.addClassName("portal-button");
            upgrade.setId("upgrade");
            add(card("premium-plus-locked", new H2("What Premium Plus adds"), adds, upgrade));
            return;
        }
        var code = new Span(service.discountCode());
        code.setId("discount-code");
        add(card(
                "discount",
                new H2("Your clinic discount"),
                new Paragraph("Give this code when you book a treatment at the clinic for 10% off."),
                code));
        service.thisMonth().ifPresentOrElse(this::showRequested, this::showForm);
    }

    private void showRequested(Requested r) {
        add(card(
                "video-review-requested",
                new H2("This month's video review"),
                new Paragraph("Requested for " + TimeConfig.DATE.format(r.preferredDate()) + ", "
                        + r.window().label().toLowerCase(Locale.UK) + ". We will email you to confirm a time. "
                        + "You can request the next one from the 1st of next month.")));
    }

    private void showForm() {
        var date = new DatePicker("Preferred date");
        date.setLocale(Locale.UK);
        date.setId("review-date");
        var window = new RadioButtonGroup<TimeWindow>("Time of day");
        window.setItems(TimeWindow.values());
        window.setItemLabelGenerator(TimeWindow::label);
        window.setId("review-window");
        var note = new TextArea("What would you like us to look at? (optional)");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setId("review-note");
        date.setManualValidation(true);
        window.setManualValidation(true);
        var message = new Forms.FormMessage();
        Map<String, HasValidation> fields = Map.of("preferredDate", date, "window", window, "note", note);
        var request = new Button("Request my video review");
        request.setId("request-review");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(e -> {
            try {
                service.request(new RequestForm(date.getValue(), window.getValue(), note.getValue()));
                render();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, fields, message);
            }
        });
        add(card(
                "video-review-form",
                new H2("Request this month's video review"),
                new Paragraph("One review a month with a clinic physiotherapist, by video call. Tell us when suits you "
                        + "and we will email you to confirm a time."),
                message,
                date,
                window,
                note,
                request));
    }

    private static Div card(String id, Component... parts) {
        var div = new Div(parts);
        div.addClassName("portal-card");
        div.setId(id);
        return div;
    }
}
