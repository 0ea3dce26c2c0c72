package org.boundarylab.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure in a report's header card: the value large, what it counts small beneath it. */
public final class Stat {

    private Stat() {}

    public static Div of(String label, String value) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Div d = new Div(v, l);
        d.addClassName("stat");
        return d;
    }
}
