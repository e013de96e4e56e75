package com.clinicplatform.admin.treatments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import com.clinicplatform.account.Role;
import com.clinicplatform.admin.base.ConsoleFormats;
import com.clinicplatform.admin.base.FormProblem;
import com.clinicplatform.admin.security.CurrentUser;
import com.clinicplatform.image.PageImages;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.HeroImage;
import com.clinicplatform.treatment.PageChangedMeanwhileException;
import com.clinicplatform.treatment.PageContent;
import com.clinicplatform.treatment.PageEdit;
import com.clinicplatform.treatment.PageEditing;
import com.clinicplatform.treatment.PagePreviews;
import com.clinicplatform.treatment.PageState;
import com.clinicplatform.treatment.PublishingRuleException;
import com.clinicplatform.treatment.RevisionState;
import com.clinicplatform.treatment.Slug;
import com.clinicplatform.treatment.SlugTakenException;

/**
 * One page as its editors work on it: the words in a form (Markdown beside its preview), where the page and its draft
 * stand, the steps open to this person now — save, preview, ask for approval, approve, send back, publish now or
 * later, cancel a schedule, discard, unpublish — and the page's history with its diffs and restore. What someone typed
 * stays in the form whatever the server says, until they save it or reload the page. Each kind of page adds its own
 * fields to the ones all pages have.
 *
 * @param <C> the kind of page's content
 */
abstract class PageEditorView<C extends PageContent<C>> extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PageEditing<?, ?, C> editing;
    private final ConsoleFormats formats;
    private final ClinicProperties settings;
    /** Whether this person may change the words (an administrator without the editor role may only approve). */
    final boolean editor;
    private final String previewPath;
    private final String headingProperty;

    final TextField heading;
    final TextField slug = new TextField("Address");
    final TextArea summary = new TextArea("Summary");
    final TextField seoTitle = new TextField("Title for search engines");
    final TextArea seoDescription = new TextArea("Description for search engines");
    final HeroImageField picture;
    final TextField pictureAlt = new TextField("What the picture shows");
    final FormProblem problem = new FormProblem();
    private final Div status = new Div();
    private final FlexLayout actions = new FlexLayout();
    private final Div history = new Div();
    private final H1 pageHeading = new H1();
    private PageEdit<C> edit;
    private String pageTitle = "Page";

    /**
     * @param headingLabel what the page's heading is called: "Title", "Name"
     * @param headingProperty the content's component holding it, for the server's messages
     * @param kindPath the public site's path for the kind: "treatments", "conditions"
     */
    PageEditorView(PageEditing<?, ?, C> editing, PageImages images, ConsoleFormats formats,
            ClinicProperties settings, CurrentUser currentUser, String headingLabel, String headingProperty,
            String kindPath) {
        this.editing = editing;
        this.formats = formats;
        this.settings = settings;
        this.editor = currentUser.hasRole(Role.EDITOR);
        this.previewPath = "/preview/" + kindPath;
        this.headingProperty = headingProperty;
        this.heading = new TextField(headingLabel);
        this.picture = new HeroImageField(images);
        picture.setHelperText("JPEG or PNG, at least 1200 × 600 pixels, up to 10 MB. Shown at the top of the page.");
        pictureAlt.setMaxLength(300);
        pictureAlt.setWidthFull();
        pictureAlt.setHelperText("Read out instead of the picture to people who cannot see it. Needed with a "
                + "picture.");
        pictureAlt.addValueChangeListener(e -> pictureAlt.setInvalid(false));
        addClassName("view-page");
        addClassName("page-editor");
        heading.setMaxLength(200);
        heading.setRequiredIndicatorVisible(true);
        heading.setWidthFull();
        slug.setPrefixComponent(new Span("/" + kindPath + "/"));
        slug.setMaxLength(Slug.MAX_LENGTH);
        slug.setWidthFull();
        slug.setHelperText("Lower-case letters, digits and hyphens. A changed address keeps a redirect from the "
                + "old one.");
        // what an editor types is normalised as the server will, so they see the address they will get
        slug.addBlurListener(e -> slug.setValue(Slug.of(slug.getValue())));
        summary.setMaxLength(600);
        summary.setRequiredIndicatorVisible(true);
        summary.setWidthFull();
        summary.setHelperText("Shown under the heading and wherever the page is listed.");
        seoTitle.setMaxLength(70);
        seoTitle.setWidthFull();
        seoDescription.setMaxLength(170);
        seoDescription.setWidthFull();
        lengthHint(seoTitle, 60, "Leave empty to use the page's " + headingLabel.toLowerCase() + ".");
        lengthHint(seoDescription, 155, "Leave empty to use the summary.");
        for (var field : List.<HasValidation>of(heading, slug, summary, seoTitle, seoDescription)) {
            ((HasValue<?, ?>) field).addValueChangeListener(e -> field.setInvalid(false));
        }
    }

    public static RouteParameters id(long pageId) {
        return new RouteParameters("id", Long.toString(pageId));
    }

    /** The list of pages of this kind, for the way back. */
    abstract RouterLink backLink();

    /** The kind's own fields among the page's details (below the summary). */
    abstract List<Component> ownDetails();

    /** The kind's own parts of the form, each a titled section, between the details and the search-engine words. */
    abstract List<Component> ownSections();

    abstract void fillOwn(C content);

    /** What the form holds now, as the content of a revision. */
    abstract C typed();

    /** The kind's own fields by the path of the content property the server names in its messages. */
    abstract void addOwnFields(Map<String, HasValidation> fields);

    /** The picture as the form holds it: none without an image, whatever the alt text says. */
    HeroImage typedHero() {
        var key = picture.getValue();
        return key == null || key.isBlank() ? null : new HeroImage(key, pictureAlt.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().getLong("id").flatMap(editing::open);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        layOut();
        show(found.get(), true);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – Clinic console";
    }

    /** A running count against what search engines show, updated as the person types. */
    private static void lengthHint(TextFieldBase<?, String> field, int shown, String whenEmpty) {
        field.setValueChangeMode(ValueChangeMode.EAGER);
        Runnable hint = () -> field.setHelperText(field.getValue().isEmpty() ? whenEmpty
                : field.getValue().length() + " characters; search engines show about " + shown + ".");
        field.addValueChangeListener(e -> hint.run());
        hint.run();
    }

    private void layOut() {
        removeAll();
        var back = backLink();
        back.addClassName("back-link");
        status.addClassName("page-status");
        actions.addClassName("record-actions");
        var detailFields = new ArrayList<Component>(List.of(heading, slug, summary));
        detailFields.addAll(ownDetails());
        // what the page is and the steps open stay in sight while the editor works far down the form
        var bar = new Div(pageHeading, status, problem, actions);
        bar.addClassName("editor-bar");
        add(back, bar, section("Page", detailFields.toArray(Component[]::new)));
        ownSections().forEach(this::add);
        add(section("Picture", picture, pictureAlt), section("Search engines", seoTitle, seoDescription), history);
        for (var field : List.<HasValue<?, ?>>of(heading, slug, summary, seoTitle, seoDescription, picture,
                pictureAlt)) {
            field.setReadOnly(!editor);
        }
    }

    static Div section(String name, Component... content) {
        var section = new Div(new H2(name));
        section.addClassName("editor-section");
        section.add(content);
        return section;
    }

    /** Shows where the page stands; fills the form from the server only when asked, so nothing typed is lost. */
    private void show(PageEdit<C> shown, boolean fillForm) {
        edit = shown;
        pageTitle = shown.content().heading();
        pageHeading.setText(shown.content().heading());
        if (fillForm) {
            heading.setValue(shown.content().heading());
            slug.setValue(shown.content().slug());
            summary.setValue(shown.content().summary());
            var hero = shown.content().hero();
            picture.setValue(hero == null ? null : hero.imageKey());
            pictureAlt.setValue(hero == null ? "" : hero.alt());
            seoTitle.setValue(Objects.requireNonNullElse(shown.content().seoTitle(), ""));
            seoDescription.setValue(Objects.requireNonNullElse(shown.content().seoDescription(), ""));
            fillOwn(shown.content());
        }
        showStatus();
        showActions();
        showHistory();
    }

    private boolean changed() {
        var typed = typed();
        return !typed.withSlug(Slug.of(typed.slug())).equals(edit.content());
    }

    private void showStatus() {
        status.removeAll();
        var head = edit.head();
        var badges = new Span(PageLabels.badge(edit.pageState()));
        badges.addClassName("page-badges");
        if (edit.hasOpenRevision()) {
            badges.add(PageLabels.badge(head.state()));
        }
        status.add(badges);
        status.add(new Paragraph(edit.live().map(live -> "On the website: revision " + live.number()
                + ", published " + formats.dateTime(live.publishedAt()) + " by " + live.publishedByName() + ".")
                .orElse(edit.pageState() == PageState.UNPUBLISHED
                        ? "Taken off the website: its address answers \"not found\"."
                        : "Not on the website yet.")));
        status.add(new Paragraph(switch (head.state()) {
            case DRAFT -> "Draft revision " + head.number() + ", last saved " + formats.dateTime(head.updatedAt())
                    + " by " + head.updatedByName() + ".";
            case AWAITING_APPROVAL -> "Revision " + head.number() + " is waiting for approval since "
                    + formats.dateTime(head.submittedAt()) + (head.publishAt() == null
                            ? "; it goes live once approved."
                            : "; once approved it goes live at " + formats.dateTime(head.publishAt()) + ".");
            case SCHEDULED -> "Revision " + head.number() + (head.approvedByName() == null ? ""
                    : ", approved by " + head.approvedByName() + ",") + " goes live at "
                    + formats.dateTime(head.publishAt()) + ".";
            case LIVE, SUPERSEDED -> "Saving starts a new draft; the website keeps what it shows until the draft "
                    + "is published.";
        }));
        if (edit.pagesNeedApproval() && head.state() == RevisionState.AWAITING_APPROVAL && !edit.mayApprove()) {
            status.add(new Paragraph("Someone who did not write this change approves it: another editor or an "
                    + "administrator."));
        }
    }

    private void showActions() {
        actions.removeAll();
        var head = edit.head();
        if (editor) {
            var save = new Button("Save draft", e -> saveThen(saved -> notify("Draft saved.")));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save);
        }
        // what the form holds is saved first, so the preview shows what the editor sees
        var preview = new Button("Preview ↗", e -> {
            if (!editor || !changed()) {
                openPreview(edit);
            } else {
                saveThen(this::openPreview);
            }
        });
        preview.setTooltipText("Opens the page on the website as it will look, in a new tab; the link works for "
                + PagePreviews.LIFETIME.toHours() + " hours, for anyone it is sent to.");
        actions.add(preview);
        if (edit.pagesNeedApproval()) {
            if (editor && (head.state() == RevisionState.DRAFT || !head.state().isOpen())) {
                actions.add(new Button("Ask for approval…", e -> new PublishTimeDialog("Ask for approval",
                        "Once approved, the change goes live", "Ask for approval", formats,
                        at -> saveThen(saved -> step(() -> editing.submit(id(), saved.head().head(), at),
                                "Sent for approval. Another editor or an administrator approves it."))).open()));
            }
            if (head.state() == RevisionState.AWAITING_APPROVAL && edit.mayApprove()) {
                var approve = new Button(head.publishAt() == null ? "Approve and publish"
                        : "Approve for " + formats.dateTime(head.publishAt()),
                        e -> unlessUnsaved(() -> editing.approve(id(), head.head()), head.publishAt() == null
                                ? "Approved and published: the website shows it within seconds."
                                : "Approved: it goes live at " + formats.dateTime(head.publishAt()) + "."));
                approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                var sendBack = new Button("Send back to draft", e -> step(() -> editing.sendBack(id(),
                        head.head()), "Sent back: it is a draft again."));
                actions.add(approve, sendBack);
            }
        } else if (editor && head.state() != RevisionState.SCHEDULED) {
            var publish = new Button("Publish", e -> saveThen(saved -> step(() -> editing.publish(id(),
                    saved.head().head(), null), "Published: the website shows it within seconds.")));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            var later = new Button("Publish at…", e -> new PublishTimeDialog("Publish at a set time",
                    "The change goes live", "Schedule", formats,
                    at -> saveThen(saved -> step(() -> editing.publish(id(), saved.head().head(), at),
                            at == null ? "Published." : "Scheduled for " + formats.dateTime(at) + "."))).open());
            actions.add(publish, later);
        }
        if (editor && head.state() == RevisionState.SCHEDULED) {
            actions.add(new Button("Cancel the schedule", e -> step(() -> editing.unschedule(id(), head.head()),
                    "The change is a draft again; it will not go live on its own.")));
        }
        if (editor && head.state().isOpen() && head.basedOn() != null) {
            var discard = new Button("Discard draft…", e -> confirm("Discard the draft?",
                    "Its changes are lost; the website keeps what it shows.", "Discard",
                    () -> step(() -> editing.discard(id(), head.head()), "Draft discarded.", true)));
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(discard);
        }
        if (editor && edit.live().isPresent()) {
            var unpublish = new Button("Unpublish…", e -> confirm("Take the page off the website?",
                    "Its address will answer \"not found\" until a revision is published again. Links from other "
                            + "pages to it disappear.", "Unpublish",
                    () -> step(() -> editing.unpublish(id(), edit.live().orElseThrow().head()),
                            "Taken off the website.")));
            unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(unpublish);
        }
    }

    private void showHistory() {
        history.removeAll();
        history.add(new RevisionHistory(editing.history(id()), edit.live(),
                (from, to) -> editing.diff(id(), from, to),
                editor ? number -> {
                    if (changed()) {
                        problem.show("Save your changes or reload the page first: restoring replaces what the form "
                                + "holds.");
                        return;
                    }
                    step(() -> editing.restore(id(), number, edit.head().head()),
                            "Revision " + number + " is now the draft. Check it, then publish it.", true);
                } : null,
                formats));
    }

    /** Saves what the form holds (when it differs from the head), then takes the next step from the saved head. */
    private void saveThen(Consumer<PageEdit<C>> next) {
        problem.clear();
        if (!changed()) {
            if (edit.hasOpenRevision()) {
                next.accept(edit);
            } else {
                problem.show("Nothing has changed: change the page first.");
            }
            return;
        }
        try {
            var saved = editing.save(id(), edit.head().head(), typed());
            show(saved, false);
            slug.setValue(saved.content().slug());
            next.accept(saved);
        } catch (ConstraintViolationException invalid) {
            showErrors(invalid);
        } catch (SlugTakenException taken) {
            slug.setErrorMessage(taken.getMessage());
            slug.setInvalid(true);
        } catch (PageChangedMeanwhileException stale) {
            changedMeanwhile(stale);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException clash) {
            changedMeanwhile(new PageChangedMeanwhileException(null));
        }
    }

    private void openPreview(PageEdit<C> shown) {
        getUI().ifPresent(ui -> ui.getPage().open(settings.publicUrl(previewPath + "?token=" + shown.previewToken()),
                "_blank"));
    }

    /** A step that acts on the saved change, which the form must then hold as it is. */
    private void unlessUnsaved(Supplier<PageEdit<C>> action, String done) {
        if (changed()) {
            problem.show("You have changed the page here without saving. Save your changes (the change then needs "
                    + "approving again) or reload the page first.");
            return;
        }
        step(action, done);
    }

    private void step(Supplier<PageEdit<C>> action, String done) {
        step(action, done, false);
    }

    /** A step on the page's revisions; the form is refilled only when the step changed the words themselves. */
    private void step(Supplier<PageEdit<C>> action, String done, boolean refill) {
        problem.clear();
        try {
            show(action.get(), refill);
            notify(done);
        } catch (PublishingRuleException | SlugTakenException refused) {
            problem.show(refused.getMessage());
        } catch (ConstraintViolationException invalid) {
            showErrors(invalid);
        } catch (PageChangedMeanwhileException stale) {
            changedMeanwhile(stale);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException clash) {
            changedMeanwhile(new PageChangedMeanwhileException(null));
        }
    }

    private void changedMeanwhile(PageChangedMeanwhileException stale) {
        problem.show(stale.getMessage() + " What you typed is still in the form.");
        var reload = new Button("Reload the page (drops what you typed)", e -> editing.open(id())
                .ifPresent(latest -> {
                    problem.clear();
                    show(latest, true);
                }));
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addComponentAsFirst(reload);
    }

    private void showErrors(ConstraintViolationException invalid) {
        Map<String, HasValidation> fields = new HashMap<>(Map.<String, HasValidation>of(headingProperty, heading, "slug", slug,
                "summary", summary, "seoTitle", seoTitle, "seoDescription", seoDescription, "hero.imageKey", picture,
                "hero.alt", pictureAlt));
        addOwnFields(fields);
        var unplaced = new ArrayList<String>();
        for (var violation : invalid.getConstraintViolations()) {
            var field = fields.get(violation.getPropertyPath().toString());
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                unplaced.add(violation.getMessage());
            }
        }
        problem.show(unplaced.isEmpty() ? "Correct the fields marked, then save again." : String.join(" ", unplaced));
    }

    static void addBlocks(Map<String, HasValidation> fields, String list, TextBlocksEditor<?> editor,
            String headingName, String bodyName) {
        var blocks = editor.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            fields.put(list + "[" + i + "]." + headingName, blocks.get(i).heading);
            fields.put(list + "[" + i + "]." + bodyName, blocks.get(i).body);
        }
    }

    private long id() {
        return edit.pageId();
    }

    private static void notify(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(header);
        dialog.add(new Paragraph(text));
        var confirm = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
