package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.boundarylab.vignette.LibraryProgress;
import org.boundarylab.vignette.VersionedVignette;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;

/** The case library: every vignette with its summary, difficulty and tags, and where you stand on it. */
@Route("")
@PageTitle("Case library · Boundary Lab")
@PermitAll
public class LibraryView extends Main {

    static final String[] DIFFICULTY = {"", "Introductory", "Intermediate", "Subtle"};
    final Div cards = new Div();

    public LibraryView(VignetteCatalog catalog, LibraryProgress progress) {
        addClassName("page");
        H1 title = new H1("Case library");
        Paragraph lead = new Paragraph("Each case unfolds one segment at a time. For each one, decide which of the four "
                + "characteristics of an unethical power imbalance you see, if any, and point to the words that show it.");
        lead.addClassName("lead");
        cards.addClassName("case-grid");
        add(title, lead, cards);

        List<VersionedVignette> library = catalog.library();
        Map<String, String> status = progress.statusByVignette();
        if (library.isEmpty()) {
            Paragraph empty = new Paragraph("No cases yet. Put vignette files in seeds/vignettes and restart, or ask a supervisor to add one.");
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        library.forEach(v -> cards.add(card(v.vignette(), status.get(v.id()))));
    }

    private static Article card(Vignette v, String status) {
        H2 name = new H2(v.title());
        Span difficulty = new Span(DIFFICULTY[v.difficulty()]);
        difficulty.addClassName("difficulty");
        difficulty.addClassName("level-" + v.difficulty());
        difficulty.getElement().setAttribute("title", "Difficulty " + v.difficulty() + " of 3");
        Span length = new Span(v.segments().size() + " segments");
        length.addClassName("meta");
        Div meta = new Div(difficulty, length);
        meta.addClassName("case-meta");
        Paragraph summary = new Paragraph(v.summary());
        Div tags = new Div();
        tags.addClassName("tags");
        tags.getElement().setAttribute("aria-label", "Boundary dimensions");
        v.tags().forEach(t -> tags.add(new Span(t.replace('-', ' '))));
        Paragraph source = new Paragraph("Source: " + v.source());
        source.addClassName("source");
        Anchor start = new Anchor("case/" + v.id(), status == null ? "Start case" : status.startsWith("In progress") ? "Resume" : "Try again");
        start.addClassName("button-link");
        start.getElement().setAttribute("aria-label", start.getText() + ": " + v.title());
        Div footer = new Div(start);
        footer.addClassName("case-footer");
        if (status != null) {
            Span s = new Span(status);
            s.addClassName("case-status");
            footer.addComponentAsFirst(s);
        }
        Article card = new Article(meta, name, summary, tags, source, footer);
        card.addClassName("case-card");
        return card;
    }
}
