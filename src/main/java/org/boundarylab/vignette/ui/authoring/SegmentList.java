package org.boundarylab.vignette.ui.authoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.VignetteDraft;
import org.boundarylab.vignette.VignetteDraft.SegmentDraft;

/** The segments in order, to select, add, move up or down, and remove. */
class SegmentList extends Div {

    private final OrderedList items = new OrderedList();
    private final IntConsumer onSelect;
    private final Runnable onStructureChange;
    private VignetteDraft draft;
    private int selected;
    private ProblemIndex problems = ProblemIndex.none();

    SegmentList(IntConsumer onSelect, Runnable onStructureChange) {
        this.onSelect = onSelect;
        this.onStructureChange = onStructureChange;
        addClassName("segment-list");
        items.addClassName("segment-items");
        Button add = new Button("Add a segment", VaadinIcon.PLUS.create(), e -> add());
        add.setId("add-segment");
        add(new H2("Segments"), items, add);
    }

    void show(VignetteDraft d, int selectedIndex) {
        draft = d;
        selected = selectedIndex;
        render();
    }

    void showProblems(ProblemIndex p) {
        problems = p;
        render();
    }

    int selected() {
        return selected;
    }

    private void render() {
        items.removeAll();
        List<SegmentDraft> segments = draft.segments;
        for (int i = 0; i < segments.size(); i++) {
            items.add(item(i, segments.get(i)));
        }
    }

    private ListItem item(int index, SegmentDraft s) {
        String key = s.key.isEmpty()
                ? (s.control == null ? "no key yet" : s.control.code().replace('-', ' '))
                : s.key.stream().map(Characteristic::label).collect(Collectors.joining(", "));
        Button choose = new Button(s.id + ": " + preview(s.text));
        choose.addClassName("segment-choose");
        choose.getElement().setAttribute("aria-current", index == selected ? "true" : "false");
        choose.addClickListener(e -> {
            selected = index;
            render();
            onSelect.accept(index);
        });
        Span keyLine = new Span(key);
        keyLine.addClassName("hint");
        ListItem item = new ListItem(choose, keyLine);
        if (problems.segmentHasProblems(index)) {
            Span warn = new Span(VaadinIcon.WARNING.create(), new Span("needs attention"));
            warn.addClassName("needs-attention");
            item.add(warn);
        }
        if (index == selected) {
            item.addClassName("selected");
            item.add(controls(index));
        }
        return item;
    }

    private Div controls(int index) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "Move segment up", () -> move(index, -1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move segment down", () -> move(index, 1));
        down.setEnabled(index < draft.segments.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "Remove segment", () -> remove(index));
        remove.setEnabled(draft.segments.size() > 1);
        Div controls = new Div(up, down, remove);
        controls.addClassName("segment-controls");
        return controls;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }

    void add() {
        SegmentDraft s = new SegmentDraft();
        s.id = draft.nextSegmentId();
        draft.segments.add(s);
        select(draft.segments.size() - 1);
    }

    void move(int index, int by) {
        Collections.swap(draft.segments, index, index + by);
        select(index + by);
    }

    void remove(int index) {
        draft.segments.remove(index);
        select(Math.min(index, draft.segments.size() - 1));
    }

    private void select(int index) {
        selected = index;
        render();
        onSelect.accept(index);
        onStructureChange.run();
    }

    private static String preview(String text) {
        String t = text == null || text.isBlank() ? "(no text yet)" : text.strip();
        return t.length() <= 48 ? t : t.substring(0, 47).strip() + "\u2026";
    }
}
