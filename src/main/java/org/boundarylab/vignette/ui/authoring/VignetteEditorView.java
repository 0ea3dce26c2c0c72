package org.boundarylab.vignette.ui.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.boundarylab.account.Role;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.VignetteAuthoring;
import org.boundarylab.vignette.VignetteCatalog;
import org.boundarylab.vignette.VignetteDraft;
import org.boundarylab.vignette.VignetteReader;
import org.boundarylab.vignette.VignetteWriter;
import org.boundarylab.vignette.ui.VignetteDownloadLink;

/**
 * Writes a new case ({@code authoring}) or edits one ({@code authoring/<id>}): case details on top,
 * segments on the left, the selected segment on the right. Every change is checked by the
 * loader's own rules as you type; saving stores a new version.
 */
@Menu(title = "Write a case", order = 70, icon = "vaadin:edit")
@Route("authoring/:vignetteId?")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class VignetteEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VignetteAuthoring authoring;
    private final VignetteCatalog catalog;
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final UnorderedList problemList = new UnorderedList();
    final CaseDetailsForm details = new CaseDetailsForm(this::caseFieldChanged);
    private final Details detailsSection =
            new Details("Case details: title, source, difficulty, tags, summary, people", details);
    final SegmentEditor segmentEditor = new SegmentEditor(this::segmentFieldChanged);
    final SegmentList segmentList = new SegmentList(this::selectSegment, this::changed);
    final Button save = new Button("Save as a new version", VaadinIcon.CHECK.create(), e -> save());
    private final Div headerActions = new Div();
    private final Div downloadSlot = new Div();
    VignetteDraft draft = VignetteDraft.empty();
    boolean isNew = true;
    ProblemIndex problems = ProblemIndex.none();
    /** Fields the author has changed, as the loader names them ("title", "segments[0].text"); only these are checked until a save. */
    private final java.util.Set<String> touched = new java.util.HashSet<>();

    private boolean saveTried;

    public VignetteEditorView(VignetteAuthoring authoring, VignetteCatalog catalog) {
        this.authoring = authoring;
        this.catalog = catalog;
        addClassName("page");
        addClassName("editor-page");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-vignette");
        Button preview = new Button("Preview as trainee", VaadinIcon.EYE.create(), e -> new CasePreview(draft).open());
        preview.setId("preview-vignette");
        headerActions.add(downloadSlot, preview, save);
        headerActions.addClassName("toolbar");
        Div header = new Div(heading, headerActions);
        header.addClassName("page-header");
        status.addClassName("editor-status");
        status.getElement().setAttribute("aria-live", "polite");
        problemList.addClassName("problem-list");
        Div panes = new Div(segmentList, segmentEditor);
        panes.addClassName("editor-panes");
        detailsSection.addClassName("details-section");
        add(header, status, problemList, detailsSection, panes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("vignetteId").orElse(null);
        if (id == null) {
            load(VignetteDraft.empty(), true);
            return;
        }
        catalog.latest(id).ifPresentOrElse(v -> load(VignetteDraft.of(v.vignette()), false), () -> {
            Notification.show("There is no case called '" + id + "'. Start a new one here.");
            load(VignetteDraft.empty(), true);
        });
    }

    @Override
    public String getPageTitle() {
        return (isNew ? "Write a case" : "Edit " + draft.title) + " · Boundary Lab";
    }

    void load(VignetteDraft d, boolean asNew) {
        draft = d;
        isNew = asNew;
        touched.clear();
        saveTried = false;
        heading.setText(asNew ? "Write a new case" : "Edit: " + d.title);
        details.show(d, asNew);
        detailsSection.setOpened(asNew);
        segmentList.show(d, 0);
        segmentEditor.show(d.segments.getFirst());
        downloadSlot.removeAll();
        if (!asNew) {
            downloadSlot.add(new VignetteDownloadLink(authoring, d.id, d.title));
        }
        validate();
    }

    private void selectSegment(int index) {
        segmentEditor.show(draft.segments.get(index));
        segmentEditor.showProblems(problems, index);
    }

    private void changed() {
        validate();
    }

    private void caseFieldChanged(String field) {
        touched.add(field);
        validate();
    }

    private void segmentFieldChanged(String field) {
        touched.add("segments[" + segmentList.selected() + "]." + field);
        if (field.equals("key")) {
            // the key decides which cues are needed
            touched.add("segments[" + segmentList.selected() + "].cues");
        }
        validate();
    }

    /** A problem shows once its field was touched, or after a save was tried; an existing case shows all at once. */
    private boolean shown(String field) {
        return saveTried || !isNew || touched.stream().anyMatch(t -> field.equals(t) || field.startsWith(t + "."));
    }

    /** Runs the loader's rules on what the editor holds and puts each problem beside its field. */
    void validate() {
        try {
            VignetteReader.read(VignetteWriter.write(draft), draft.id + ".yaml");
            showProblems(ProblemIndex.none());
        } catch (InvalidInputException e) {
            showProblems(new ProblemIndex(e.problems()));
        }
    }

    private void showProblems(ProblemIndex found) {
        int waiting = found.size() - found.onlyFields(this::shown).size();
        problems = found.onlyFields(this::shown);
        details.showProblems(problems);
        if (problems.hasCaseProblems()) {
            detailsSection.setOpened(true);
        }
        segmentEditor.showProblems(problems, segmentList.selected());
        segmentList.showProblems(problems);
        problemList.removeAll();
        List<String> described = problems.described();
        described.forEach(p -> problemList.add(new ListItem(p)));
        if (problems.isEmpty() && waiting > 0) {
            status.setText(
                    "Fill in the case. Each field is checked once you have worked on it, and everything when you save.");
            status.getElement().setAttribute("data-state", "incomplete");
            return;
        }
        status.setText(
                problems.isEmpty()
                        ? "Ready to save: the case passes every check."
                        : problems.size() == 1
                                ? "One thing to fix before saving:"
                                : problems.size() + " things to fix before saving:");
        status.getElement().setAttribute("data-state", problems.isEmpty() ? "ready" : "problems");
    }

    void save() {
        saveTried = true;
        try {
            VignetteAuthoring.Saved saved = authoring.save(draft, isNew);
            Notification n = Notification.show(
                    saved.changed()
                            ? "Saved " + saved.vignette().vignette().title() + " as version "
                                    + saved.vignette().version() + ". Attempts already made keep the version they used."
                            : "Nothing changed since the last version.");
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (isNew) {
                getUI().ifPresent(ui ->
                        ui.navigate("authoring/" + saved.vignette().id()));
            }
        } catch (InvalidInputException e) {
            showProblems(new ProblemIndex(e.problems()));
            status.setText("Not saved. " + status.getText());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            status.setText("Not saved: only this case's author or an administrator may publish a new version of it "
                    + "(a seed case, only an administrator). Save it under a new id to make your own.");
            status.getElement().setAttribute("data-state", "problems");
        }
    }
}
