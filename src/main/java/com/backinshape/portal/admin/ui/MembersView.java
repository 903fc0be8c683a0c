package com.backinshape.portal.admin.ui;

import com.backinshape.portal.account.MemberFilter;
import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.admin.MemberList;
import com.backinshape.portal.admin.MemberRow;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;

/** All members: a lazy grid (slices, no count query) with filters, and a CSV export of what is filtered. */
@Route("admin/members")
@PageTitle("Members | Back in Shape admin")
@Menu(title = "Members", order = 210)
@RolesAllowed("ADMIN")
public class MembersView extends Main implements BeforeEnterObserver {

    private static final String ANY = "Any", VERIFIED = "Verified", UNVERIFIED = "Not verified";

    private final MemberList directory;
    private final TextField search = new TextField("Search");
    private final Select<String> verified = new Select<>();
    private final ComboBox<String> source = new ComboBox<>("Source article");
    private final DatePicker joinedFrom = new DatePicker("Joined from");
    private final DatePicker joinedTo = new DatePicker("Joined to");
    private final ComboBox<Tier> tier = new ComboBox<>("Tier");
    private final ComboBox<SubscriptionStatus> status = new ComboBox<>("Subscription");
    final Grid<MemberRow> grid = new Grid<>(MemberRow.class, false);
    private MemberFilter filter = MemberFilter.all();

    public MembersView(MemberList directory) {
        this.directory = directory;
        addClassNames("portal-page", "admin-page");
        setUpFilters();
        setUpGrid();
        add(
                new H1("Members"),
                Filters.of(search, verified, source, joinedFrom, joinedTo, tier, status),
                exportLink(),
                grid);
    }

    /** Every filter refreshes the grid as it changes; the search waits for a pause in typing. */
    private void setUpFilters() {
        search.setId("search");
        search.setPlaceholder("Email or first name, from the start");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        verified.setLabel("Email confirmed");
        verified.setId("verified");
        verified.setItems(ANY, VERIFIED, UNVERIFIED);
        verified.setValue(ANY);
        source.setId("source");
        source.setClearButtonVisible(true);
        joinedFrom.setLocale(TimeConfig.EN_GB);
        joinedTo.setLocale(TimeConfig.EN_GB);
        tier.setId("tier");
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(Tier::label);
        tier.setClearButtonVisible(true);
        status.setId("status");
        status.setItems(SubscriptionStatus.values());
        status.setItemLabelGenerator(SubscriptionStatus::label);
        status.setClearButtonVisible(true);
        tier.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        verified.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        joinedFrom.addValueChangeListener(e -> refresh());
        joinedTo.addValueChangeListener(e -> refresh());
    }

    /** Lazy pages of the filtered members; a click opens the member. */
    private void setUpGrid() {
        grid.setId("members");
        grid.addColumn(r -> r.member().firstName())
                .setHeader("First name")
                .setSortProperty(MemberSummary.SORT_FIRST_NAME);
        grid.addColumn(r -> r.member().email()).setHeader("Email").setSortProperty(MemberSummary.SORT_EMAIL);
        grid.addColumn(r -> TimeConfig.DATE.format(r.member().joinedAt()))
                .setHeader("Joined")
                .setSortProperty(MemberSummary.SORT_JOINED);
        grid.addColumn(r -> r.member().verified() ? "Yes" : "No")
                .setHeader("Confirmed")
                .setSortProperty(MemberSummary.SORT_VERIFIED);
        grid.addColumn(r -> r.member().source() == null ? "" : r.member().source())
                .setHeader("Source")
                .setSortProperty(MemberSummary.SORT_SOURCE);
        grid.addColumn(r -> r.tier().label()).setHeader("Tier");
        grid.addColumn(r -> r.status() == null ? "" : r.status().label()).setHeader("Subscription");
        grid.addColumn(r -> state(r.member())).setHeader("Sign-in");
        AdminGrids.sizedToContent(grid);
        grid.setItems(query -> directory.rows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate("admin/members/" + e.getItem().member().id())));
    }

    /** The CSV export of what is filtered now. */
    private Anchor exportLink() {
        DownloadHandler csv = event -> {
            event.setFileName("members.csv");
            event.setContentType("text/csv;charset=UTF-8");
            directory.writeCsv(filter, event.getOutputStream());
        };
        var export = new Anchor(csv, "Export CSV");
        export.setId("export-csv");
        return export;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var items = new ArrayList<String>();
        items.add(MemberFilter.NO_SOURCE);
        items.addAll(directory.sources());
        source.setItems(items);
        refresh();
    }

    MemberFilter filter() {
        Boolean v = VERIFIED.equals(verified.getValue())
                ? Boolean.TRUE
                : UNVERIFIED.equals(verified.getValue()) ? Boolean.FALSE : null;
        return new MemberFilter(search.getValue(), v, source.getValue(), joinedFrom.getValue(), joinedTo.getValue());
    }

    /** Billing's part of the filter is resolved once per change, not per page fetched. */
    private void refresh() {
        filter = directory.withBilling(filter(), tier.getValue(), status.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static String state(MemberSummary m) {
        return m.erased() ? "Erased" : m.enabled() ? "Enabled" : "Disabled";
    }
}
