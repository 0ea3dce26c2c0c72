package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;

/** The expert key and explanation of a segment, as shown to the room on reveal. */
class RevealedKey extends Div {

    RevealedKey(Segment segment) {
        addClassName("revealed-key");
        String key = segment.key().isEmpty()
                ? "None of the four"
                        + segment.controlKind().map(c -> ": " + c.description()).orElse("")
                : segment.key().stream().map(Characteristic::label).collect(Collectors.joining(", "));
        Paragraph keyLine = new Paragraph("Key: " + key);
        keyLine.addClassName("key-line");
        Paragraph explanation = new Paragraph(segment.explanation());
        add(new H3("The expert's reading"), keyLine, explanation);
    }
}
