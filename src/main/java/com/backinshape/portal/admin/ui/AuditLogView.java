package com.backinshape.portal.admin.ui;

import com.backinshape.portal.admin.AuditAction;
import com.backinshape.portal.admin.AuditLog;
import com.backinshape.portal.admin.AuditRecord;
import com.backinshape.portal.base.TimeConfig;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** The audit log, newest first: read only, filterable, lazy; above it, whether its hash chain is intact. */
@Route("admin/audit")
@PageTitle("Audit log | Back in Shape admin")
@Menu(title = "Audit log", order = 220)
@RolesAllowed("ADMIN")
public class AuditLogView extends Main {

    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final IntegerField member = new IntegerField("Member id");
    private final TextField actor = new TextField("Admin email");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final Paragraph chain = new Paragraph();

    public AuditLogView(AuditLog audit) {
        addClassNames("portal-page", "admin-page");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        member.setId("member-id");
        member.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLocale(TimeConfig.EN_GB);
        to.setLocale(TimeConfig.EN_GB);
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        member.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var status = audit.chainStatus();
        chain.setId("audit-chain");
        chain.setText(status.summary());
        chain.addClassNames("form-message", status.intact() ? "success" : "error");

        grid.setId("audit");
        grid.addColumn(e -> "#" + e.id()).setHeader("Entry").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> TimeConfig.DATE_TIME.format(e.occurredAt())).setHeader("When");
        grid.addColumn(AuditRecord::actorEmail).setHeader("Who");
        grid.addColumn(e -> e.action().label()).setHeader("What");
        grid.addColumn(e -> e.memberId() == null
                        ? ""
                        : "#" + e.memberId() + (e.memberName() == null ? "" : " " + e.memberName()))
                .setHeader("Member");
        grid.addColumn(AuditRecord::reason).setHeader("Why").setFlexGrow(2);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail");
        AdminGrids.sizedToContent(grid);
        grid.setItems(query -> audit.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        add(new H1("Audit log"), chain, Filters.of(action, member, actor, from, to), grid);
    }

    private AuditRecord.Filter filter() {
        return new AuditRecord.Filter(
                action.getValue(),
                member.getValue() == null ? null : member.getValue().longValue(),
                actor.getValue(),
                from.getValue(),
                to.getValue());
    }
}
