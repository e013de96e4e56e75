package com.clinicplatform.admin.base;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import com.clinicplatform.note.StaffNote;

/**
 * A record's notes, oldest first, each signed and dated and shown as the author typed it (never as markup), with a
 * field to add one. The field belongs to the page, which keeps it across its refreshes so that a note being written
 * survives a change made meanwhile; {@code add} gets its text once it is not blank.
 */
public class NoteSection extends Div {

    public NoteSection(List<? extends StaffNote> notes, ConsoleFormats formats, TextArea draft,
            Consumer<String> add) {
        var list = new Div();
        list.addClassName("timeline");
        for (var note : notes) {
            var meta = new Span(note.authorName() + " · " + formats.dateTime(note.writtenAt()));
            meta.addClassName("timeline-meta");
            var body = new Paragraph();
            body.setText(note.body());
            body.addClassName("message-text");
            list.add(new Div(meta, body));
        }
        if (notes.isEmpty()) {
            list.add(new Paragraph("No notes yet."));
        }
        draft.setWidthFull();
        var button = new Button("Add note", e -> {
            if (draft.getValue().isBlank()) {
                draft.setInvalid(true);
                draft.setErrorMessage("Write the note first.");
                return;
            }
            add.accept(draft.getValue());
        });
        add(new H2("Notes"), list, draft, button);
    }
}
