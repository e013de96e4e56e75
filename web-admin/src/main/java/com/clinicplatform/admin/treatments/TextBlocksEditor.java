package com.clinicplatform.admin.treatments;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import com.clinicplatform.admin.base.MarkdownField;
import com.clinicplatform.markdown.MarkdownRenderer;

/**
 * An ordered list of titled Markdown blocks — a page's sections, or its questions and answers — that an editor adds
 * to, removes from and reorders. Each block is a heading field and a {@link MarkdownField} with its live preview.
 *
 * @param <T> what one block becomes: a section, a question and its answer
 */
class TextBlocksEditor<T> extends Div {

    /** The words that name one block on screen: "Section", "Heading", "Body". */
    record Labels(String block, String heading, String body, String add) {
    }

    /** One block's fields. */
    final class Block extends Div {

        final TextField heading = new TextField();
        final MarkdownField body;
        private final H3 title = new H3();
        private final Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
        private final Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));

        Block(String headingText, String bodyText) {
            addClassName("text-block");
            heading.setLabel(labels.heading());
            heading.setMaxLength(maxHeading);
            heading.setWidthFull();
            heading.setValue(headingText);
            body = new MarkdownField(labels.body(), markdown, MarkdownRenderer.SECTION_HEADINGS);
            body.setValue(bodyText);
            up.setAriaLabel("Move up");
            up.setTooltipText("Move up");
            down.setAriaLabel("Move down");
            down.setTooltipText("Move down");
            var remove = new Button("Remove", e -> {
                blocks.remove(this);
                redraw();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            for (var button : List.of(up, down)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            }
            var bar = new Div(title, up, down, remove);
            bar.addClassName("text-block-bar");
            add(bar, heading, body);
        }
    }

    private final Labels labels;
    private final int maxHeading;
    private final MarkdownRenderer markdown;
    private final BiFunction<String, String, T> make;
    private final List<Block> blocks = new ArrayList<>();
    private final Div list = new Div();

    TextBlocksEditor(Labels labels, int maxHeading, MarkdownRenderer markdown, BiFunction<String, String, T> make) {
        this.labels = labels;
        this.maxHeading = maxHeading;
        this.markdown = markdown;
        this.make = make;
        addClassName("text-blocks");
        var add = new Button(labels.add(), VaadinIcon.PLUS.create(), e -> {
            blocks.add(new Block("", ""));
            redraw();
            blocks.getLast().heading.focus();
        });
        add(list, add);
    }

    /** Shows these blocks, each as a heading and a body. */
    void setBlocks(List<String[]> headingsAndBodies) {
        blocks.clear();
        headingsAndBodies.forEach(pair -> blocks.add(new Block(pair[0], pair[1])));
        redraw();
    }

    /** The blocks as typed, in their order; blank ones are kept, so validation can say what they lack. */
    List<T> value() {
        return blocks.stream().map(block -> make.apply(block.heading.getValue(), block.body.getValue())).toList();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    private void move(Block block, int by) {
        int from = blocks.indexOf(block);
        int to = from + by;
        if (to < 0 || to >= blocks.size()) {
            return;
        }
        blocks.remove(from);
        blocks.add(to, block);
        redraw();
    }

    private void redraw() {
        list.removeAll();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            block.title.setText(labels.block() + " " + (i + 1));
            block.up.setEnabled(i > 0);
            block.down.setEnabled(i < blocks.size() - 1);
            list.add(block);
        }
    }
}
