package com.backinshape.portal.admin.ui;

import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.premiumplus.VideoReviewRequests;
import com.backinshape.portal.premiumplus.VideoReviewRequests.Summary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Premium Plus members' video-review requests, newest first, each leading to the member's page. The member's note may
 * hold health details, so the list only says whether there is one.
 */
@Route("admin/video-reviews")
@PageTitle("Video reviews | Back in Shape admin")
@Menu(title = "Video reviews", order = 240)
@RolesAllowed("ADMIN")
public class VideoReviewsView extends Main {

    public VideoReviewsView(VideoReviewRequests requests, Clock clock) {
        addClassNames("portal-page", "admin-page");
        var grid = new Grid<Summary>();
        grid.setId("video-reviews");
        grid.addColumn(r -> "#" + r.memberId()).setHeader("Member");
        grid.addColumn(r -> TimeConfig.DATE.format(r.preferredDate().atStartOfDay(TimeConfig.LONDON)))
                .setHeader("Preferred date");
        grid.addColumn(r -> r.window().label()).setHeader("Time of day");
        grid.addColumn(r -> status(r, LocalDate.now(clock.withZone(TimeConfig.LONDON))))
                .setHeader("Status");
        grid.addColumn(r -> TimeConfig.DATE_TIME.format(r.requestedAt())).setHeader("Requested");
        grid.addColumn(r -> r.note() == null ? "" : "Yes").setHeader("Note");
        AdminGrids.sizedToContent(grid);
        grid.setItems(query -> requests.recent(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("admin/members/" + e.getItem().memberId())));
        add(
                new H1("Video review requests"),
                new Paragraph(
                        "One request a month per Premium Plus member. Each request was also emailed to the clinic."),
                grid);
    }

    /** "To arrange" until the preferred date, then "Date passed". */
    static String status(Summary request, LocalDate today) {
        return request.preferredDate().isBefore(today) ? "Date passed" : "To arrange";
    }
}
