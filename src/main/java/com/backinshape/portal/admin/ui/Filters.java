package com.backinshape.portal.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A row of filter fields above a list: equal columns with their bottoms lined up, as many per row as the width allows
 * (one per row on a phone).
 */
final class Filters {

    private Filters() {}

    static Div of(Component... fields) {
        var row = new Div(fields);
        row.addClassName("admin-filters");
        return row;
    }
}
