package com.clinicplatform.admin.treatments;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import com.clinicplatform.treatment.RevisionDiff;

/**
 * A diff as a person reads one: each changed place with a little text around it, lines taken out struck through and
 * lines put in underlined, and within a changed line the words that changed marked. All of it text, never markup.
 */
class DiffView extends Div {

    DiffView(RevisionDiff diff) {
        addClassName("diff");
        if (diff.isEmpty()) {
            add(new Paragraph("Revisions " + diff.from() + " and " + diff.to() + " hold the same content."));
            return;
        }
        for (var hunk : diff.hunks()) {
            var block = new Div();
            block.addClassName("diff-hunk");
            for (var line : hunk.lines()) {
                block.add(line(line));
            }
            add(block);
        }
    }

    private static Div line(RevisionDiff.Line line) {
        var row = new Div();
        row.addClassName("diff-line");
        row.getElement().setAttribute("data-change", line.change().name());
        var sign = new Span(switch (line.change()) {
            case SAME -> " ";
            case REMOVED -> "−";
            case ADDED -> "+";
        });
        sign.addClassName("diff-sign");
        sign.getElement().setAttribute("aria-hidden", "true");
        row.add(sign);
        if (line.change() != RevisionDiff.Change.SAME) {
            var said = new Span(line.change() == RevisionDiff.Change.ADDED ? "Added: " : "Removed: ");
            said.addClassName("visually-hidden");
            row.add(said);
        }
        for (var part : line.parts()) {
            var text = new Span(part.text());
            if (part.change() != RevisionDiff.Change.SAME) {
                text.addClassName("diff-changed");
            }
            row.add(text);
        }
        return row;
    }
}
