package org.boundarylab.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.boundarylab.export.CaseExport;
import org.boundarylab.export.CaseExports;
import org.boundarylab.vignette.ui.CaseCardDownloads;

/**
 * "Download for Moodle" on each case card: the case as Moodle XML, and beside it the same questions
 * in GIFT for banks that take plain text.
 */
@org.springframework.stereotype.Component
class MoodleDownloads implements CaseCardDownloads {

    private final CaseExports exports;

    MoodleDownloads(CaseExports exports) {
        this.exports = exports;
    }

    @Override
    public List<Component> forCase(String vignetteId, String title) {
        return List.of(
                link(
                        vignetteId,
                        CaseExport.Format.MOODLE_XML,
                        "Download for Moodle",
                        "Download for Moodle (Moodle XML): " + title),
                link(vignetteId, CaseExport.Format.GIFT, "GIFT", "Download for Moodle as GIFT: " + title));
    }

    private Anchor link(String vignetteId, CaseExport.Format format, String text, String label) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    CaseExport.ExportedCase file = exports.export(vignetteId, format);
                    byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file.fileName(), file.mediaType(), bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        a.getElement().setAttribute("aria-label", label);
        a.addClassName("moodle-download");
        a.getElement().setAttribute("data-format", format.code());
        return a;
    }
}
