package org.boundarylab.vignette.ui.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.VignetteDraft;

/**
 * The case as a trainee reads it, segment by segment, with the key and explanation folded away
 * under each as they would appear after answering.
 */
class CasePreview extends Dialog {

    CasePreview(VignetteDraft draft) {
        setHeaderTitle("Preview as trainee");
        setWidth("min(60rem, 95vw)");
        addClassName("case-preview");
        Div body = new Div();
        body.addClassName("preview-body");
        body.add(new H2(draft.title.isBlank() ? "(no title yet)" : draft.title));
        Paragraph source = new Paragraph("Source: " + draft.source);
        source.addClassName("source");
        Paragraph summary = new Paragraph(draft.summary);
        summary.addClassName("lead");
        body.add(source, summary);
        int n = 1;
        for (VignetteDraft.SegmentDraft s : draft.segments) {
            body.add(new H3("Segment " + n++ + " of " + draft.segments.size()));
            Paragraph text = new Paragraph(s.text);
            text.addClassName("segment-text");
            String key = s.key.isEmpty()
                    ? "None of the four" + (s.control == null ? "" : ": " + s.control.description())
                    : s.key.stream().map(Characteristic::label).collect(Collectors.joining(", "));
            Details answer =
                    new Details("Key and explanation", new Paragraph("Key: " + key), new Paragraph(s.explanation));
            body.add(text, answer);
        }
        if (!draft.questionText.isBlank()) {
            body.add(new H3("At the end"), new Paragraph(draft.questionText));
        }
        add(body);
        getFooter().add(new Button("Close preview", e -> close()));
    }
}
