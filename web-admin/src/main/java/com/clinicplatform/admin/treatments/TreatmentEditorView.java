package com.clinicplatform.admin.treatments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.ConditionOption;
import com.clinicplatform.treatment.FaqEntry;
import com.clinicplatform.treatment.TreatmentContent;
import com.clinicplatform.treatment.TreatmentEditing;
import com.clinicplatform.treatment.TreatmentSection;

/**
 * A treatment page as its editors work on it: besides what every page has, the conditions it addresses, its
 * sections and its frequently asked questions, each a heading and Markdown beside its preview.
 */
@Route("treatments/:id([0-9]{1,18})")
@RolesAllowed({"EDITOR", "ADMIN"})
public class TreatmentEditorView extends PageEditorView<TreatmentContent> {

    private final TreatmentEditing editing;
    final MultiSelectComboBox<ConditionOption> conditions = new MultiSelectComboBox<>("Conditions it addresses");
    final TextBlocksEditor<TreatmentSection> sections;
    final TextBlocksEditor<FaqEntry> faqs;

    TreatmentEditorView(TreatmentEditing editing, MarkdownRenderer markdown, PageImages images,
            ConsoleFormats formats, ClinicProperties settings, CurrentUser currentUser) {
        super(editing, images, formats, settings, currentUser, "Title", "title", "treatments");
        this.editing = editing;
        sections = new TextBlocksEditor<>(new TextBlocksEditor.Labels("Section", "Heading", "Body", "Add a section"),
                200, markdown, TreatmentSection::new);
        faqs = new TextBlocksEditor<>(new TextBlocksEditor.Labels("Question", "Question", "Answer",
                "Add a question"), 300, markdown, FaqEntry::new);
        conditions.setItemLabelGenerator(ConditionOption::name);
        conditions.setWidthFull();
        conditions.setReadOnly(!editor);
        sections.setEnabled(editor);
        faqs.setEnabled(editor);
    }

    @Override
    RouterLink backLink() {
        return new RouterLink("All treatment pages", TreatmentListView.class);
    }

    @Override
    List<Component> ownDetails() {
        return List.of(conditions);
    }

    @Override
    List<Component> ownSections() {
        return List.of(section("Sections", sections), section("Frequently asked questions", faqs));
    }

    @Override
    void fillOwn(TreatmentContent content) {
        var options = editing.conditionOptions();
        conditions.setItems(options);
        conditions.setValue(options.stream().filter(option -> content.conditionIds().contains(option.id()))
                .toList());
        sections.setBlocks(content.sections().stream().map(s -> new String[] {s.heading(), s.body()}).toList());
        faqs.setBlocks(content.faqs().stream().map(f -> new String[] {f.question(), f.answer()}).toList());
    }

    @Override
    TreatmentContent typed() {
        var chosen = conditions.getValue().stream()
                .sorted(Comparator.comparingLong(ConditionOption::id)).map(ConditionOption::id).toList();
        return new TreatmentContent(heading.getValue(), slug.getValue(), summary.getValue(), sections.value(),
                faqs.value(), chosen, blankToNull(seoTitle.getValue()), blankToNull(seoDescription.getValue()),
                typedHero());
    }

    @Override
    void addOwnFields(Map<String, HasValidation> fields) {
        addBlocks(fields, "sections", sections, "heading", "body");
        addBlocks(fields, "faqs", faqs, "question", "answer");
    }
}
