package com.backinshape.portal.notification.ui;

import com.backinshape.portal.base.DevTools;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.base.ui.Forms;
import com.backinshape.portal.notification.DevMailbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.jspecify.annotations.Nullable;

/**
 * Every email of the outbox, newest first, for development: click one to read it and follow its links. Registered by
 * {@link DevMailboxRoute} on a developer's machine only, and answering requests from that machine only: anyone else
 * gets "page not found".
 */
@PageTitle("Dev mailbox | Back in Shape")
@AnonymousAllowed
public class DevMailboxView extends Main implements BeforeEnterObserver {

    private final DevMailbox mailbox;
    private final Grid<DevMailbox.Line> grid = new Grid<>(DevMailbox.Line.class, false);
    private final Div detail = new Div();

    public DevMailboxView(DevMailbox mailbox) {
        this.mailbox = mailbox;
        setId("dev-mailbox");
        getStyle().set("padding", "var(--lumo-space-m)");
        add(
                new H1("Dev mailbox"),
                new Paragraph(
                        "Every email the portal made, sent or not (this page exists only on a machine without a mail server, for visits from that machine)."));

        grid.setId("mailbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DevMailbox.Line::to).setHeader("To").setAutoWidth(true);
        grid.addColumn(DevMailbox.Line::subject).setHeader("Subject").setFlexGrow(1);
        grid.addColumn(line -> TimeConfig.DATE_TIME.format(line.createdAt()))
                .setHeader("Time")
                .setAutoWidth(true);
        grid.addColumn(DevMailbox.Line::status).setHeader("Status").setAutoWidth(true);
        grid.setItems(query -> mailbox.latest(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setHeight("320px");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        detail.setId("mail-detail");
        add(grid, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!DevTools.isLoopback(Forms.clientAddress())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(DevMailbox.@Nullable Line line) {
        detail.removeAll();
        if (line == null) {
            return;
        }
        mailbox.find(line.id()).ifPresent(email -> {
            var subject = new H2(email.subject());
            subject.setId("mail-subject");
            var meta = new Paragraph("To " + email.to() + " · " + TimeConfig.DATE_TIME.format(email.createdAt()) + " · "
                    + email.status());
            var links = new Div();
            links.setId("mail-links");
            email.links().forEach(href -> {
                var link = new Anchor(href, href);
                link.addClassName("mail-link");
                links.add(new Div(link));
            });
            var html = new IFrame();
            html.setId("mail-html");
            html.setTitle("The email as HTML");
            html.setSrcdoc(withTopTarget(email.html()));
            html.setWidth("100%");
            html.setHeight("480px");
            html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
            var text = new Pre(email.text());
            text.setId("mail-text");
            text.getStyle().set("white-space", "pre-wrap");
            detail.add(subject, meta, links, html, text);
        });
    }

    /** Links in the preview open in the whole tab, not inside the frame. */
    static String withTopTarget(String html) {
        String base = "<base target=\"_top\">";
        int head = html.indexOf("<head>");
        return head >= 0 ? html.substring(0, head + 6) + base + html.substring(head + 6) : base + html;
    }
}
