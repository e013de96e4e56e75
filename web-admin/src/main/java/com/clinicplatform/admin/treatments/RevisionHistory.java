package com.clinicplatform.admin.treatments;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.treatment.RevisionDiff;
import com.clinicplatform.treatment.RevisionState;
import com.clinicplatform.treatment.RevisionSummary;

/**
 * Every revision of a page, newest first: who wrote, approved and published it. Each can be compared with the one
 * before it (or with the live one), and an earlier one restored into the draft.
 */
class RevisionHistory extends Div {

    /** Works out the diff between two revision numbers. */
    interface Differ {
        RevisionDiff diff(int from, int to);
    }

    final Grid<RevisionSummary> grid = new Grid<>();

    /**
     * @param restore restores the revision with this number into the draft; null when the person may not edit
     */
    RevisionHistory(List<RevisionSummary> revisions, Optional<RevisionSummary> live, Differ differ,
            IntConsumer restore, ConsoleFormats formats) {
        addClassName("revision-history");
        add(new H2("History"));
        grid.addColumn(revision -> revision.number()).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(revision -> PageLabels.badge(revision.state()))).setHeader("State")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(revision -> revision.updatedByName() + ", " + formats.dateTime(revision.updatedAt()))
                .setHeader("Last saved").setFlexGrow(2);
        grid.addColumn(revision -> revision.approvedByName() == null ? ""
                : revision.approvedByName() + ", " + formats.dateTime(revision.approvedAt()))
                .setHeader("Approved").setFlexGrow(2);
        grid.addColumn(revision -> revision.publishedAt() == null ? ""
                : formats.dateTime(revision.publishedAt())).setHeader("Published").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(revision -> {
            var actions = new Span();
            var compareWith = compareWith(revision, revisions, live);
            compareWith.ifPresent(other -> {
                var compare = new Button("Compare with " + other, e -> showDiff(differ.diff(other,
                        revision.number())));
                compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(compare);
            });
            if (restore != null && !revision.state().isOpen()
                    && revision.state() != RevisionState.LIVE) {
                var back = new Button("Restore…", e -> confirmRestore(revision.number(), restore));
                back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(back);
            }
            return actions;
        })).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    /** An open revision compares with the live one; any other with the one before it. */
    private static Optional<Integer> compareWith(RevisionSummary revision, List<RevisionSummary> all,
            Optional<RevisionSummary> live) {
        if (revision.state().isOpen() && live.isPresent()) {
            return Optional.of(live.get().number());
        }
        return all.stream().map(RevisionSummary::number).filter(number -> number < revision.number())
                .max(Integer::compare);
    }

    private static void showDiff(RevisionDiff diff) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Revision " + diff.from() + " → revision " + diff.to());
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new DiffView(diff));
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static void confirmRestore(int number, IntConsumer restore) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Restore revision " + number + "?");
        dialog.add(new Span("Its words become the page's draft, at the page's present address. The website keeps "
                + "what it shows until the draft is published" + " (and approved, where that is needed)."));
        var confirm = new Button("Restore into the draft", e -> {
            dialog.close();
            restore.accept(number);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}
