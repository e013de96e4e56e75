package com.clinicplatform.admin.treatments;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.PageState;
import com.clinicplatform.treatment.TreatmentRow;
import com.clinicplatform.treatment.TreatmentService;

/** Every treatment page in catalogue order, whatever its state; the grid pages and sorts in the database. */
@Route("treatments")
@PageTitle("Treatments – Clinic console")
@RolesAllowed("EDITOR")
public class TreatmentListView extends Main {

    final Grid<TreatmentRow> grid = new Grid<>();

    TreatmentListView(TreatmentService treatments, ConsoleFormats formats, ClinicProperties settings) {
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        var title = new H1("Treatments");
        title.addClassName("view-title");
        var toolbar = new Div(title);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(TreatmentRow::position).setHeader("#").setKey("position").setSortProperty("position")
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(TreatmentRow::title).setHeader("Title").setKey("title").setSortProperty("title")
                .setTooltipGenerator(TreatmentRow::title).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(row -> {
            var path = "/treatments/" + row.slug();
            if (row.state() != PageState.PUBLISHED) {
                return new Span(path);
            }
            var link = new Anchor(settings.publicUrl(path), path);
            link.setTarget("_blank");
            return link;
        })).setHeader("Address").setKey("address").setSortProperty("slug").setTooltipGenerator(TreatmentRow::slug)
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(row -> {
            var badge = new Span(stateLabel(row));
            badge.addClassName("state-badge");
            badge.getElement().setAttribute("data-state", row.state().name());
            return badge;
        })).setHeader("State").setKey("state").setSortProperty("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> formats.dateTime(row.updatedAt())).setHeader("Last changed").setKey("updated")
                .setSortProperty("updatedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItems(
                query -> treatments.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) treatments.count());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("position"), SortDirection.ASCENDING)));
        grid.setSizeFull();

        var content = new Div(grid);
        content.getStyle().set("flex", "1").set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        add(toolbar, content);
    }

    private static String stateLabel(TreatmentRow row) {
        return switch (row.state()) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }
}
