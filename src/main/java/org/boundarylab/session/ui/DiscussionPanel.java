package org.boundarylab.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.session.Dashboard;
import org.boundarylab.session.LiveSessions;
import org.boundarylab.vignette.Characteristic;

/**
 * After a reveal, the room's reasonings on the segment, for the supervisor only and without names:
 * what each marked (beside the key, in words), how sure, and the words. "Show on the projector"
 * puts up to three of them in front of the room, anonymised, to lead the discussion.
 */
class DiscussionPanel extends Section {

    /** What the panel asks for: show (or take off) one reasoning on the projector. */
    interface Pick {
        void pick(long judgmentId, boolean show);
    }

    private final Pick onPick;
    final Paragraph hint = new Paragraph();
    final Div list = new Div();

    DiscussionPanel(Pick onPick) {
        this.onPick = onPick;
        addClassName("discussion-panel");
        setId("discussion");
        getElement().setAttribute("aria-labelledby", "discussion-heading");
        H2 heading = new H2("Discuss the room's reasoning");
        heading.setId("discussion-heading");
        hint.addClassName("hint");
        hint.setId("discussion-hint");
        list.addClassName("reasoning-list");
        list.getElement().setAttribute("role", "list");
        add(heading, hint, list);
    }

    void show(Dashboard d) {
        list.removeAll();
        if (!d.revealed()) {
            hint.setText("After you reveal the key, the room's reasonings on this segment appear here, without names. "
                    + "Pick up to " + LiveSessions.MAX_PICKS + " to show on the projector and lead the discussion.");
            return;
        }
        if (d.reasonings().isEmpty()) {
            hint.setText("No one has written a reasoning on this segment yet.");
            return;
        }
        int shown = d.shown().size();
        hint.setText(shown + " of " + LiveSessions.MAX_PICKS + " shown on the projector, without names. "
                + d.reasonings().size() + (d.reasonings().size() == 1 ? " reasoning" : " reasonings")
                + " from the room:");
        for (Dashboard.Reasoning r : d.reasonings()) {
            list.add(card(r, d.focus().key(), shown >= LiveSessions.MAX_PICKS));
        }
    }

    private Article card(Dashboard.Reasoning r, Set<Characteristic> key, boolean full) {
        boolean sameAsKey = r.marked().equals(key);
        Span agreement = new Span((sameAsKey ? "\u2714 Same as the key" : "\u2260 Differs from the key"));
        agreement.addClassNames("agreement", sameAsKey ? "same" : "differs");
        Paragraph marks = new Paragraph(new Span("Marked: " + marked(r.marked())), agreement);
        marks.addClassName("reasoning-marks");
        if (r.confidence() != null) {
            marks.add(new Span(" · " + certainty(r.confidence())));
        }
        Paragraph words = new Paragraph(r.rationale());
        words.addClassName("reasoning-text");
        Button toggle = new Button(
                r.shown() ? "On the projector: take it off" : "Show on the projector",
                (r.shown() ? VaadinIcon.CHECK : VaadinIcon.PRESENTATION).create(),
                e -> onPick.pick(r.judgmentId(), !r.shown()));
        toggle.addThemeVariants(
                r.shown() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
        toggle.setEnabled(r.shown() || !full);
        toggle.addClassName("pick-toggle");
        toggle.getElement().setAttribute("data-judgment", String.valueOf(r.judgmentId()));
        Article card = new Article(marks, words, toggle);
        card.addClassName("reasoning");
        if (r.shown()) {
            card.addClassName("shown");
        }
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    static String marked(Set<Characteristic> marked) {
        return marked.isEmpty()
                ? "none of these"
                : java.util.Arrays.stream(Characteristic.values())
                        .filter(marked::contains)
                        .map(Characteristic::label)
                        .collect(Collectors.joining(", "));
    }

    static String certainty(int confidence) {
        return switch (confidence) {
            case 1 -> "guessing";
            case 2 -> "fairly sure";
            default -> "certain";
        };
    }
}
