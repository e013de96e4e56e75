package com.clinicplatform.admin.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;

/**
 * The frame of the console's filtered lists (the inbox, the audit log): the title with an action at the far end, a
 * bar of filters that wraps on narrow screens, and the grid filling what is left.
 */
public final class FilteredList {

    private FilteredList() {
    }

    public static void arrange(Main view, String title, Component action, Grid<?> grid, Component... filters) {
        view.addClassName("list-view");
        var heading = new H1(title);
        heading.addClassName("view-title");
        var toolbar = new Div(heading, new Span(), action);
        toolbar.addClassName("view-toolbar");
        var filterBar = new Div(filters);
        filterBar.addClassName("filter-bar");
        var content = new Div(grid);
        content.addClassName("grid-area");
        grid.setSizeFull();
        view.add(toolbar, filterBar, content);
    }

    /** Two day pickers as one range: each clears, and neither lets the range run backwards. */
    public static void dayRange(DatePicker from, DatePicker until) {
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        from.addValueChangeListener(e -> until.setMin(e.getValue()));
        until.addValueChangeListener(e -> from.setMax(e.getValue()));
    }
}
