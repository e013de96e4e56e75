package com.clinicplatform.admin.treatments;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.clinicplatform.account.Role;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.PageChangedMeanwhileException;
import com.clinicplatform.treatment.PageEditing;
import com.clinicplatform.treatment.PageRow;
import com.clinicplatform.treatment.PageState;
import com.clinicplatform.treatment.PublishingRuleException;
import com.clinicplatform.treatment.RevisionState;

/**
 * Every page of one kind in the site's order, whatever its state, with where its open change stands; the grid pages
 * and sorts in the database. Editors add pages and move them up and down the order, which gives every published page
 * its previous and next.
 */
abstract class PageListView extends Main {

    final Grid<PageRow> grid = new Grid<>();
    /** How many pages the catalogue holds, as last counted for the grid: the last one cannot move down. */
    private int pages;

    /** How one kind of page is listed, added and opened. */
    interface Kind {

        /** The heading above the list: "Treatments". */
        String name();

        /** The public site's path for the kind: "treatments". */
        String path();

        /** The pages' property the title column sorts by. */
        String titleProperty();

        Page<PageRow> page(Pageable pageable);

        long count();

        PageEditing<?, ?, ?> editing();

        Class<? extends PageEditorView<?>> editorView();

        /** The dialog that adds a page, handing the new page's id on. */
        Dialog newPageDialog(LongConsumer created);
    }

    PageListView(Kind kind, ConsoleFormats formats, ClinicProperties settings, CurrentUser currentUser) {
        boolean editor = currentUser.hasRole(Role.EDITOR);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        var title = new H1(kind.name());
        title.addClassName("view-title");
        var toolbar = new Div(title);
        toolbar.addClassName("view-toolbar");
        if (editor) {
            var create = new Button("New page…", VaadinIcon.PLUS.create(), e -> kind.newPageDialog(
                    id -> getUI().ifPresent(ui -> ui.navigate(kind.editorView(), PageEditorView.id(id)))).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.addColumn(PageRow::position).setHeader("#").setKey("position").setSortProperty("position")
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> new RouterLink(row.title(), kind.editorView(),
                PageEditorView.id(row.id())))).setHeader("Title").setKey("title").setSortProperty(kind.titleProperty())
                .setTooltipGenerator(PageRow::title).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(row -> {
            var path = "/" + kind.path() + "/" + row.slug();
            if (row.state() != PageState.PUBLISHED) {
                return new Span(path);
            }
            var link = new Anchor(settings.publicUrl(path), path);
            link.setTarget("_blank");
            return link;
        })).setHeader("Address").setKey("address").setSortProperty("slug").setTooltipGenerator(PageRow::slug)
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(row -> {
            var badges = new Span(PageLabels.badge(row.state()));
            badges.addClassName("page-badges");
            if (row.change() != null && !(row.state() == PageState.DRAFT && row.change() == RevisionState.DRAFT)
                    && !(row.state() == PageState.SCHEDULED && row.change() == RevisionState.SCHEDULED)) {
                badges.add(PageLabels.badge(row.change()));
            }
            if (row.publishAt() != null) {
                badges.add(new Span(formats.dateTime(row.publishAt())));
            }
            return badges;
        })).setHeader("State").setKey("state").setSortProperty("state").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> formats.dateTime(row.updatedAt())).setHeader("Last changed").setKey("updated")
                .setSortProperty("updatedAt").setAutoWidth(true).setFlexGrow(0);
        if (editor) {
            grid.addColumn(new ComponentRenderer<>(row -> {
                if (!inSiteOrder()) {
                    return new Span();  // up and down mean nothing in a list sorted by title or date
                }
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(kind.editing(), row, -1));
                up.setAriaLabel("Move " + row.title() + " up");
                up.setTooltipText("Move up");
                var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(kind.editing(), row, 1));
                down.setAriaLabel("Move " + row.title() + " down");
                down.setTooltipText("Move down");
                up.setEnabled(row.position() > 1);
                down.setEnabled(row.position() < pages);
                for (var button : List.of(up, down)) {
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON,
                            ButtonVariant.LUMO_SMALL);
                }
                return new Span(up, down);
            })).setHeader("Order").setKey("order").setAutoWidth(true).setFlexGrow(0)
                    .setTooltipGenerator(row -> inSiteOrder() ? null : "Sort by # to change the order");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setItems(
                query -> kind.page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> pages = (int) kind.count());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("position"), SortDirection.ASCENDING)));
        grid.setSizeFull();

        var content = new Div(grid);
        content.getStyle().set("flex", "1").set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        add(toolbar, content);
    }

    /** Whether the list shows the pages in the site's order, where moving one up or down means something. */
    private boolean inSiteOrder() {
        var order = grid.getSortOrder();
        return order.isEmpty() || (order.size() == 1 && "position".equals(order.getFirst().getSorted().getKey())
                && order.getFirst().getDirection() == SortDirection.ASCENDING);
    }

    /** Moves the page one place up or down from where this row shows it, unless someone moved it meanwhile. */
    private void move(PageEditing<?, ?, ?> editing, PageRow row, int by) {
        try {
            editing.move(row.id(), row.position(), row.position() + by);
        } catch (PublishingRuleException | PageChangedMeanwhileException | ObjectOptimisticLockingFailureException e) {
            Notification.show("Someone else changed the order meanwhile: it is shown as it is now.");
        }
        grid.getDataProvider().refreshAll();
    }
}
