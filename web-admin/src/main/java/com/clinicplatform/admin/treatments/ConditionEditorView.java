package com.clinicplatform.admin.treatments;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.MarkdownField;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.markdown.MarkdownRenderer;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.ConditionContent;
import com.clinicplatform.treatment.ConditionEditing;

/** A condition page as its editors work on it: besides what every page has, its description in Markdown. */
@Route("conditions/:id([0-9]{1,18})")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ConditionEditorView extends PageEditorView<ConditionContent> {

    final MarkdownField description;

    ConditionEditorView(ConditionEditing editing, MarkdownRenderer markdown, PageImages images,
            ConsoleFormats formats, ClinicProperties settings, CurrentUser currentUser) {
        super(editing, images, formats, settings, currentUser, "Name", "name", "conditions");
        description = new MarkdownField("Description", markdown, MarkdownRenderer.PAGE_HEADINGS);
        description.setReadOnly(!editor);
    }

    @Override
    RouterLink backLink() {
        return new RouterLink("All condition pages", ConditionListView.class);
    }

    @Override
    List<Component> ownDetails() {
        return List.of();
    }

    @Override
    List<Component> ownSections() {
        return List.of(section("Description", description));
    }

    @Override
    void fillOwn(ConditionContent content) {
        description.setValue(content.description());
    }

    @Override
    ConditionContent typed() {
        return new ConditionContent(heading.getValue(), slug.getValue(), summary.getValue(), description.getValue(),
                blankToNull(seoTitle.getValue()), blankToNull(seoDescription.getValue()), typedHero());
    }

    @Override
    void addOwnFields(Map<String, HasValidation> fields) {
        fields.put("description", description);
    }
}
