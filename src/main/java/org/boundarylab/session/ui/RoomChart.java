package org.boundarylab.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import org.boundarylab.session.RoomDistribution;
import org.boundarylab.vignette.Characteristic;

/**
 * How the room marked a segment, as labelled horizontal bars: each bar carries its name and count
 * in words, so it reads without colour and from the back of a room. With the key revealed, the
 * characteristics truly present are marked "in the key".
 */
class RoomChart extends Div {

    RoomChart() {
        addClassName("room-chart");
        getElement().setAttribute("role", "list");
    }

    void show(RoomDistribution d, java.util.Set<Characteristic> key, boolean revealed) {
        removeAll();
        Map<String, Integer> bars = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            bars.put(c.label(), d.count(c));
        }
        bars.put("None of these", d.none());
        int max = Math.max(1, d.answered());
        bars.forEach((label, count) -> {
            boolean inKey = revealed && (label.equals("None of these") ? key.isEmpty()
                    : key.stream().anyMatch(c -> c.label().equals(label)));
            Div bar = new Div();
            bar.addClassName("bar");
            bar.getStyle().set("width", (100.0 * count / max) + "%");
            Span name = new Span(label + (inKey ? " \u2714 in the key" : ""));
            name.addClassName("bar-label");
            Span value = new Span(String.valueOf(count));
            value.addClassName("bar-value");
            Div track = new Div(bar);
            track.addClassName("bar-track");
            Div row = new Div(name, track, value);
            row.addClassName("bar-row");
            if (inKey) {
                row.addClassName("in-key");
            }
            row.getElement().setAttribute("role", "listitem");
            row.getElement().setAttribute("aria-label", label + ": " + count + " of " + d.answered()
                    + (inKey ? ", in the key" : ""));
            add(row);
        });
        Span total = new Span(d.answered() + " of " + d.joined() + " joined have answered");
        total.addClassName("chart-total");
        add(total);
    }
}
