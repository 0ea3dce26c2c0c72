package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.util.function.Consumer;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.VignetteAuthoring;

/**
 * Imports a vignette file in the seed format. The upload is read up to the size limit and no
 * further, validated as a whole, and either stored as a new version or refused with every problem
 * named by line and field: nothing is half-saved.
 */
class ImportVignetteButton extends Div {

    private final Upload upload = new Upload();

    ImportVignetteButton(VignetteAuthoring authoring, Consumer<VignetteAuthoring.Saved> onImported) {
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".yaml", ".yml");
        upload.setDropAllowed(false);
        Button button = new Button("Import a YAML file", VaadinIcon.UPLOAD.create());
        upload.setUploadButton(button);
        upload.setUploadHandler(event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(VignetteAuthoring.MAX_UPLOAD_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> {
                upload.clearFileList();
                try {
                    VignetteAuthoring.Saved saved = authoring.importFile(name, bytes);
                    Notification.show(
                            saved.changed()
                                    ? "Imported " + saved.vignette().vignette().title() + " as version "
                                            + saved.vignette().version() + "."
                                    : saved.vignette().vignette().title() + " is already in the library, unchanged.");
                    onImported.accept(saved);
                } catch (InvalidInputException e) {
                    showProblems(name, e);
                } catch (org.springframework.security.access.AccessDeniedException e) {
                    showProblems(
                            name,
                            new InvalidInputException(
                                    new org.boundarylab.base.InputProblem(
                                            name,
                                            0,
                                            "id",
                                            "names a case you may not change: only its author or an administrator publishes a new version "
                                                    + "(a seed case, only an administrator); give the file a new id to import it as your own case")));
                }
            });
        });
        addClassName("import-button");
        add(upload);
    }

    private static void showProblems(String fileName, InvalidInputException e) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Not imported: " + fileName);
        UnorderedList list = new UnorderedList();
        for (InputProblem p : e.problems()) {
            list.add(new ListItem(p.describe()));
        }
        Paragraph format =
                new Paragraph("Every field of a case file, and what is checked: docs/formats.md, \"Vignette files\", "
                        + "in Boundary Lab's source.");
        format.addClassName("format-pointer");
        dialog.add(new Paragraph("Nothing was saved. Fix these in the file and import it again:"), list, format);
        Button close = new Button("Close", c -> dialog.close());
        dialog.getFooter().add(close);
        dialog.addClassName("problems-dialog");
        dialog.open();
    }
}
