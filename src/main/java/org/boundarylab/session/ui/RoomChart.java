package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.boundarylab.session.RoomDistribution;
import org.boundarylab.vignette.Characteristic;

/**
 * How the room marked a segment, as labelled horizontal bars: each bar carries its name and count
 * in words, so it reads without colour and from the back of a room. With the key revealed, the
 * characteristics truly present are marked "in the key" (an icon and words, and a pattern on the bar).
 * The name sits in its own cell, so a long one wraps above its bar (on the projector) instead of
 * squeezing it.
 */
class RoomChart extends Div {

    static final String NONE = "None of these";
    /** Names that fit one line beside a bar, where the projector gives the bars less room (during a discussion). */
    static final Map<String, String> SHORT =
            Map.of(Characteristic.PROFESSIONAL_PRIVILEGE.label(), "Professional privilege");

    private final Div bars = new Div();
    private final Span total = new Span();

    RoomChart() {
        addClassName("room-chart");
        bars.addClassName("bars");
        bars.getElement().setAttribute("role", "list");
        bars.getElement().setAttribute("aria-label", "How the room marked this segment");
        total.addClassName("chart-total");
        add(bars, total);
    }

    /** Updates the bars in place: only widths, counts and the key's marks change from one refresh to the next. */
    void show(RoomDistribution d, Set<Characteristic> key, boolean revealed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            counts.put(c.label(), d.count(c));
        }
        counts.put(NONE, d.none());
        if (rows.isEmpty()) {
            counts.keySet().forEach(label -> rows.put(label, new Row(label, SHORT.getOrDefault(label, label))));
            rows.values().forEach(r -> bars.add(r.row));
        }
        int max = Math.max(1, d.answered());
        counts.forEach((label, count) -> {
            boolean inKey = revealed
                    && (label.equals(NONE)
                            ? key.isEmpty()
                            : key.stream().anyMatch(c -> c.label().equals(label)));
            rows.get(label).show(count, max, inKey);
        });
        Changes.text(total, d.answered() + " of " + d.joined() + " joined have answered");
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    /** One bar: its name (and "in the key" once revealed), the bar, the count. */
    private static final class Row {

        final Div row = new Div();
        final Div head = new Div();
        final Span mark = new Span("\u2714 in the key");
        final Div bar = new Div();
        final Span value = new Span();
        private String width = "";

        Row(String label, String shortLabel) {
            Span name = new Span(label);
            name.addClassName("bar-label");
            head.add(name);
            if (!shortLabel.equals(label)) {
                Span shortName = new Span(shortLabel);
                shortName.addClassName("bar-label-short");
                head.add(shortName);
                name.addClassName("has-short");
            }
            head.addClassName("bar-head");
            mark.addClassName("in-key-mark");
            mark.setVisible(false);
            head.add(mark);
            bar.addClassName("bar");
            Div track = new Div(bar);
            track.addClassName("bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            value.addClassName("bar-value");
            row.add(head, track, value);
            row.addClassName("bar-row");
            row.getElement().setAttribute("role", "listitem");
        }

        void show(int count, int max, boolean inKey) {
            String w = (100.0 * count / max) + "%";
            if (!w.equals(width)) {
                bar.getStyle().set("width", w);
                width = w;
            }
            Changes.text(value, String.valueOf(count));
            Changes.visible(mark, inKey);
            if (row.hasClassName("in-key") != inKey) {
                row.setClassName("in-key", inKey);
            }
        }
    }
}
