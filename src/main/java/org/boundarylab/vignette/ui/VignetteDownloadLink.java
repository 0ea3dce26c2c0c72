package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.boundarylab.vignette.VignetteAuthoring;

/** A link that downloads a vignette's newest version as a file in the seed format. */
public class VignetteDownloadLink extends Anchor {

    public VignetteDownloadLink(VignetteAuthoring authoring, String vignetteId, String title) {
        super(
                DownloadHandler.fromInputStream(event -> {
                    VignetteAuthoring.ExportedFile file = authoring.export(vignetteId);
                    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName(), "application/yaml", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download YAML");
        getElement().setAttribute("aria-label", "Download YAML: " + title);
    }
}
