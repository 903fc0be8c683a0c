package com.backinshape.portal.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Staff grids at full width: every column as wide as its content (dates, emails and tiers are never cut off), and only
 * the columns of free text (flex grow above 1, e.g. a reason) take the space left.
 */
final class AdminGrids {

    private AdminGrids() {}

    static <T> Grid<T> sizedToContent(Grid<T> grid) {
        boolean anyGrows = grid.getColumns().stream().anyMatch(c -> c.getFlexGrow() > 1);
        grid.getColumns().forEach(column -> {
            column.setAutoWidth(true);
            if (anyGrows && column.getFlexGrow() <= 1) {
                column.setFlexGrow(0);
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("admin-grid");
        return grid;
    }
}
