package com.clinicplatform.admin.base;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import com.clinicplatform.markdown.MarkdownRenderer;

/**
 * Markdown typed on the left and shown on the right as the public site will show it, rendered by the same sanitising
 * renderer in {@code core} as the person types; whatever was typed that is not Markdown appears as text.
 */
public class MarkdownField extends CustomField<String> {

    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private final MarkdownRenderer markdown;
    private final int firstHeadingLevel;
    /** Set while the field shows a value given to it, which is no change of the person's. */
    private boolean presenting;

    /**
     * @param firstHeadingLevel the level the text's top heading takes on the page
     *     ({@link MarkdownRenderer#SECTION_HEADINGS} inside a titled section)
     */
    public MarkdownField(String label, MarkdownRenderer markdown, int firstHeadingLevel) {
        this.markdown = markdown;
        this.firstHeadingLevel = firstHeadingLevel;
        setLabel(label);
        setWidthFull();
        addClassName("markdown-field");
        text.setWidthFull();
        text.setMinRows(6);
        text.setMaxRows(24);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(300);
        text.setAriaLabel(label);
        text.addValueChangeListener(e -> {
            render(e.getValue());
            if (!presenting) {
                updateValue();
            }
        });
        text.setHelperText("Markdown: **bold**, *italic*, - lists, [link](https://…), ### headings");
        var previewLabel = new Span("Preview");
        previewLabel.addClassName("markdown-preview-label");
        preview.addClassName("markdown-preview");
        var previewColumn = new Div(previewLabel, preview);
        previewColumn.addClassName("markdown-preview-column");
        var columns = new Div(text, previewColumn);
        columns.addClassName("markdown-columns");
        add(columns);
    }

    public MarkdownField(String label, MarkdownRenderer markdown) {
        this(label, markdown, MarkdownRenderer.SECTION_HEADINGS);
    }

    @Override
    protected String generateModelValue() {
        return text.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        presenting = true;
        try {
            text.setValue(value == null ? "" : value);
        } finally {
            presenting = false;
        }
        render(text.getValue());
    }

    /** What the preview shows now: HTML from the core renderer, which lets no markup or script of the author's through. */
    public String previewHtml() {
        return preview.getElement().getProperty("innerHTML", "");
    }

    private void render(String value) {
        preview.getElement().setProperty("innerHTML", markdown.toHtml(value, firstHeadingLevel));
    }
}
