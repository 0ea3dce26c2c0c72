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

    void show(RoomDistribution d, Set<Characteristic> key, boolean revealed) {
        bars.removeAll();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            counts.put(c.label(), d.count(c));
        }
        counts.put(NONE, d.none());
        int max = Math.max(1, d.answered());
        counts.forEach((label, count) -> {
            boolean inKey = revealed && (label.equals(NONE) ? key.isEmpty() : key.stream().anyMatch(c -> c.label().equals(label)));
            Span name = new Span(label);
            name.addClassName("bar-label");
            Div head = new Div(name);
            head.addClassName("bar-head");
            if (inKey) {
                Span mark = new Span("\u2714 in the key");
                mark.addClassName("in-key-mark");
                head.add(mark);
            }
            Div bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", (100.0 * count / max) + "%");
            Div track = new Div(bar);
            track.addClassName("bar-track");
            track.getElement().setAttribute("aria-hidden", "true");
            Span value = new Span(String.valueOf(count));
            value.addClassName("bar-value");
            Div row = new Div(head, track, value);
            row.addClassName("bar-row");
            if (inKey) {
                row.addClassName("in-key");
            }
            row.getElement().setAttribute("role", "listitem");
            bars.add(row);
        });
        total.setText(d.answered() + " of " + d.joined() + " joined have answered");
    }
}
