package com.backinshape.portal.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** A row of filter fields above a list, wrapping on narrow screens. */
final class Filters {

    private Filters() {
    }

    static FlexLayout of(Component... fields) {
        var row = new FlexLayout(fields);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("admin-filters");
        return row;
    }
}
