package com.clinicplatform.admin.treatments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.clinicplatform.admin.base.NotFoundView;
import com.clinicplatform.treatment.NewTreatment;
import com.clinicplatform.treatment.PageRow;
import com.clinicplatform.treatment.TreatmentSection;
import com.clinicplatform.treatment.TreatmentService;

// a context of its own, so its database holds exactly this catalogue, whatever other view tests add to theirs
@SpringBootTest(properties = "clinic.test.catalogue=exactly-120-pages")
class TreatmentListViewTest extends SpringBrowserlessTest {

    private static final int PAGES = 120;

    @Autowired
    TreatmentService treatments;

    @BeforeEach
    void givenAFullCatalogue() {
        // the context (and its database) is shared by the tests of this class: fill it once
        if (treatments.count() == 0) {
            for (int i = 1; i <= PAGES; i++) {
                var created = treatments.create(new NewTreatment("Treatment %03d".formatted(i), "Summary " + i, null,
                        null, List.of(new TreatmentSection("What is it?", "Text.")), List.of()));
                if (i % 2 == 0) {
                    treatments.publish(created.id());
                }
            }
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void editorsSeeEveryTreatmentInCatalogueOrder() {
        var view = navigate(TreatmentListView.class);
        var grid = test(view.grid);

        assertThat(grid.size()).isEqualTo(PAGES);
        assertThat(grid.getRow(0).title()).isEqualTo("Treatment 001");
        assertThat(grid.getRow(PAGES - 1).title()).isEqualTo("Treatment 120");
        assertThat(grid.getCellText(0, grid.getColumnPosition("title"))).isEqualTo("Treatment 001");
        assertThat(grid.isColumnSortable("title")).isTrue();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void theGridFetchesPagesLazilyNotTheWholeTable() {
        var view = navigate(TreatmentListView.class);

        // a lazy grid holds a data provider that queries; an in-memory one would hold a list of every row
        assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
        assertThat(test(view.grid).getRow(PAGES / 2).title()).isEqualTo("Treatment 061");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void pagesMoveUpAndDownOnlyWhileTheListShowsTheSitesOrder() {
        var view = navigate(TreatmentListView.class);
        var grid = test(view.grid);
        var order = grid.getColumnPosition("order");
        assertThat(((Span) grid.getCellComponent(1, order)).getChildren().count()).isEqualTo(2);

        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey("title"), SortDirection.DESCENDING)));

        assertThat(grid.getRow(0).title()).isEqualTo("Treatment 120");
        assertThat(((Span) grid.getCellComponent(1, order)).getChildren().count()).isZero();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "STAFF")
    void staffWithoutTheEditorRoleCannotOpenIt() {
        var landed = navigate("treatments", Component.class);

        assertThat(landed).isInstanceOf(NotFoundView.class);
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(H1.class).first().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anUnknownAddressIsNotFoundInsideTheConsole() {
        assertThat(navigate("no/such/screen", Component.class)).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void rowsShowTheirState() {
        var grid = test(navigate(TreatmentListView.class).grid);

        PageRow second = grid.getRow(1);
        assertThat(second.state().name()).isEqualTo("PUBLISHED");
        assertThat(grid.getRow(0).state().name()).isEqualTo("DRAFT");
    }
}
