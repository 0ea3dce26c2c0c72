package org.boundarylab.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * A judgment as a reviewer reads it: the case and segment, the segment's text with the trainee's
 * highlights marked, then what they marked, how sure they were and their reasoning. Never who.
 */
final class JudgmentShown extends Div {

    final Paragraph reasoning = new Paragraph();

    JudgmentShown(
            String caseTitle,
            int segmentNumber,
            String segmentText,
            Set<Characteristic> marked,
            Integer confidence,
            List<String> evidence,
            String rationale) {
        addClassName("reviewed-judgment");
        Span where = new Span(caseTitle + " \u00b7 Segment " + segmentNumber);
        where.addClassName("segment-label");
        Paragraph text = highlighted(segmentText, evidence);
        text.addClassName("segment-text");
        Paragraph said = new Paragraph("Marked: " + Words.reading(marked).toLowerCase(Locale.ROOT)
                + " \u00b7 certainty: " + Words.certainty(confidence));
        said.addClassName("facts");
        Paragraph highlights = new Paragraph(
                evidence.isEmpty()
                        ? "Highlighted nothing."
                        : "Highlighted: "
                                + String.join(
                                        " \u00b7 ",
                                        evidence.stream()
                                                .map(e -> "\u201c" + e + "\u201d")
                                                .toList()));
        highlights.addClassName("facts");
        reasoning.setText(rationale);
        reasoning.addClassName("reasoning");
        add(new H2("The judgment"), where, text, said, highlights, new H3("The trainee's reasoning"), reasoning);
    }

    /** The text with each highlight's first occurrence marked (case-insensitive, not overlapping); the words go through setText. */
    static Paragraph highlighted(String text, List<String> evidence) {
        List<int[]> marks = new ArrayList<>();
        for (String e : evidence) {
            String phrase = e.strip();
            int at = phrase.isEmpty() ? -1 : indexIgnoringCase(text, phrase);
            if (at >= 0 && marks.stream().noneMatch(m -> at < m[1] && m[0] < at + phrase.length())) {
                marks.add(new int[] {at, at + phrase.length()});
            }
        }
        marks.sort((a, b) -> Integer.compare(a[0], b[0]));
        Paragraph p = new Paragraph();
        int from = 0;
        for (int[] m : marks) {
            p.add(new Span(text.substring(from, m[0])));
            Span mark = new Span(text.substring(m[0], m[1]));
            mark.addClassName("mine");
            p.add(mark);
            from = m[1];
        }
        p.add(new Span(text.substring(from)));
        return p;
    }

    /** Where a phrase first occurs, ignoring case, compared in place (lower-casing can change a text's length). */
    private static int indexIgnoringCase(String text, String phrase) {
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, phrase, 0, phrase.length())) {
                return i;
            }
        }
        return -1;
    }
}
