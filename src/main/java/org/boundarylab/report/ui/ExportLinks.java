package org.boundarylab.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** The report's exports in one obvious place: the raw judgments as CSV, the report as a printable PDF. */
class ExportLinks extends Div {

    ExportLinks(String baseName, Supplier<String> csv, Supplier<byte[]> pdf) {
        addClassName("export-links");
        add(link("Download CSV (raw judgments)", baseName + ".csv", "text/csv", () -> csv.get()
                .getBytes(StandardCharsets.UTF_8)));
        add(link("Download PDF", baseName + ".pdf", "application/pdf", pdf));
    }

    private static Anchor link(String text, String fileName, String type, Supplier<byte[]> bytes) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.get();
                    return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
                }),
                AttachmentType.DOWNLOAD,
                text);
        a.addClassName("button-link");
        return a;
    }
}
