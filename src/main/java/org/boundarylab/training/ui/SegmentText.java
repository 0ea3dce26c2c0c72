package org.boundarylab.training.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boundarylab.vignette.PhraseLocator;
import org.springframework.modulith.NamedInterface;

/**
 * A segment's text, either as clauses that toggle as evidence (click, Space or Enter) or as a
 * comparison of the trainee's highlights with the expert's cue phrases.
 */
@NamedInterface("ui")
public final class SegmentText {

    /** A clause ends after , ; : . ! ? (and any closing quote) followed by white space. */
    private static final Pattern CLAUSE = Pattern.compile("[^,;:.!?]+[,;:.!?]*[\"'”’]?\\s*|.+$");

    private SegmentText() {}

    static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        Matcher m = CLAUSE.matcher(text.strip().replaceAll("\\s+", " "));
        while (m.find()) {
            if (!m.group().isBlank()) {
                clauses.add(m.group());
            }
        }
        return clauses;
    }

    /** The phrase a clause contributes as evidence: without its trailing punctuation. */
    static String evidenceOf(String clause) {
        return clause.strip().replaceAll("[,;:.!?\"'”’]+$", "").strip();
    }

    /**
     * Clickable clauses; {@code onChange} receives the chosen phrases in text order. Words the
     * trainee selected and added ({@code extra}) are marked in the text as highlights too.
     */
    static Paragraph selectable(String text, Set<String> chosen, List<String> extra, Consumer<List<String>> onChange) {
        Paragraph p = new Paragraph();
        p.addClassNames("segment-text", "selectable");
        String flat = text.strip().replaceAll("\\s+", " ");
        boolean[] added = mark(new PhraseLocator(flat), extra, flat.length());
        List<String> clauses = new ArrayList<>();
        Set<String> selected = new LinkedHashSet<>(chosen);
        Matcher m = CLAUSE.matcher(flat);
        while (m.find()) {
            if (m.group().isBlank()) {
                continue;
            }
            String clause = m.group();
            clauses.add(clause);
            String phrase = evidenceOf(clause);
            Span chip = new Span();
            addPieces(chip, flat, m.start(), m.end(), added);
            chip.addClassName("clause");
            chip.getElement().setAttribute("tabindex", "0");
            chip.getElement().setAttribute("role", "button");
            chip.getElement().setAttribute("aria-pressed", String.valueOf(selected.contains(phrase)));
            chip.setClassName("chosen", selected.contains(phrase));
            Runnable toggle = () -> {
                if (!selected.remove(phrase)) {
                    selected.add(phrase);
                }
                chip.setClassName("chosen", selected.contains(phrase));
                chip.getElement().setAttribute("aria-pressed", String.valueOf(selected.contains(phrase)));
                onChange.accept(clauses.stream()
                        .map(SegmentText::evidenceOf)
                        .filter(selected::contains)
                        .toList());
            };
            chip.addClickListener(e -> toggle.run());
            chip.getElement()
                    .addEventListener("keydown", e -> toggle.run())
                    .setFilter("event.key === ' ' || event.key === 'Enter'")
                    .preventDefault();
            p.add(chip);
        }
        return p;
    }

    /** The clause's text, with the words the trainee added by selection in highlight spans. */
    private static void addPieces(Span chip, String flat, int start, int end, boolean[] added) {
        int from = start;
        for (int i = start + 1; i <= end; i++) {
            if (i == end || added[i] != added[from]) {
                String piece = flat.substring(from, i);
                if (added[from]) {
                    Span highlight = new Span(piece);
                    highlight.addClassNames("mine", "added");
                    highlight.getElement().setAttribute("title", "Your highlight");
                    chip.add(highlight);
                } else {
                    chip.add(new com.vaadin.flow.component.Text(piece));
                }
                from = i;
            }
        }
    }

    /**
     * The text with the trainee's highlights (underlined, "yours") and the expert's cues (shaded,
     * "expert") marked; a phrase can be both.
     */
    public static Paragraph comparison(String text, List<String> highlights, List<String> cues) {
        String flat = text.strip().replaceAll("\\s+", " ");
        PhraseLocator locator = new PhraseLocator(flat);
        boolean[] mine = mark(locator, highlights, flat.length());
        boolean[] expert = mark(locator, cues, flat.length());
        Paragraph p = new Paragraph();
        p.addClassName("segment-text");
        int start = 0;
        for (int i = 1; i <= flat.length(); i++) {
            if (i == flat.length() || mine[i] != mine[start] || expert[i] != expert[start]) {
                String piece = flat.substring(start, i);
                if (!mine[start] && !expert[start]) {
                    p.add(new Span(piece));
                } else {
                    Span s = new Span(piece);
                    s.setClassName("mine", mine[start]);
                    s.setClassName("expert", expert[start]);
                    s.getElement()
                            .setAttribute(
                                    "title",
                                    mine[start] && expert[start]
                                            ? "Your highlight, on an expert cue"
                                            : mine[start] ? "Your highlight" : "Expert cue");
                    p.add(s);
                }
                start = i;
            }
        }
        return p;
    }

    private static boolean[] mark(PhraseLocator locator, List<String> phrases, int length) {
        boolean[] marks = new boolean[length];
        for (String phrase : phrases) {
            for (PhraseLocator.Span span : locator.findAll(phrase)) {
                for (int i = span.start(); i < span.end() && i < length; i++) {
                    marks[i] = true;
                }
            }
        }
        return marks;
    }
}
