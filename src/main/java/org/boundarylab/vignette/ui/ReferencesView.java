package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.VignetteCatalog;

/** The literature the library draws on: every vignette's references, and the cases that cite each. */
@Menu(title = "References", order = 50, icon = "vaadin:book")
@Route("references")
@PageTitle("References · Boundary Lab")
@PermitAll
public class ReferencesView extends Main {

    final OrderedList list = new OrderedList();

    public ReferencesView(VignetteCatalog catalog) {
        addClassName("page");
        // the page has no control to Tab to, so the page itself takes the keyboard focus: its scrolling
        // area is then reachable and scrollable from the keyboard (axe: scrollable-region-focusable)
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", "References");
        Paragraph lead =
                new Paragraph("The cases are written in Boundary Lab's own words. These are the works they draw on, "
                        + "with the cases that cite each. The four characteristics come from Peterson's account of boundary violations "
                        + "in professional-client relationships.");
        lead.addClassName("lead");
        Map<String, TreeSet<String>> citedBy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (LibraryEntry v : catalog.library()) {
            v.vignette().references().forEach(r -> citedBy.computeIfAbsent(r, k -> new TreeSet<>())
                    .add(v.vignette().title()));
        }
        list.addClassName("references");
        citedBy.forEach((reference, titles) -> {
            Paragraph cited = new Paragraph("Cited by: " + String.join("; ", titles));
            cited.addClassName("hint");
            list.add(new ListItem(new Paragraph(reference), cited));
        });
        add(new H1("References"), lead, new H2("Literature"), list);
        if (citedBy.isEmpty()) {
            Paragraph empty = new Paragraph("No case lists references yet. Add a references: list to a vignette file.");
            empty.addClassName("empty-state");
            add(empty);
        }
    }
}
