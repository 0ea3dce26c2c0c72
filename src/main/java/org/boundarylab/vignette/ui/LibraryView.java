package org.boundarylab.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.boundarylab.account.Role;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.LibraryFilter;
import org.boundarylab.vignette.LibraryProgress;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteAuthoring;
import org.boundarylab.vignette.VignetteCatalog;

/**
 * The case library: every vignette with its summary, difficulty and tags, and where you stand on
 * it; searchable and filterable. Supervisors also write, import, export and retire cases here.
 */
@Menu(title = "Case library", order = 10, icon = "vaadin:open-book")
@Route("")
@PageTitle("Case library · Boundary Lab")
@PermitAll
public class LibraryView extends Main {

    static final String[] DIFFICULTY = {"", "Introductory", "Intermediate", "Subtle"};
    final Div cards = new Div();
    final TextField search = new TextField("Search");
    final Select<Characteristic> characteristic = new Select<>();
    final Select<Integer> difficulty = new Select<>();
    final ComboBox<String> tag = new ComboBox<>("Boundary dimension");
    final ComboBox<String> author = new ComboBox<>("Author");
    final Checkbox showRetired = new Checkbox("Show retired cases");
    final Paragraph count = new Paragraph();

    private final VignetteCatalog catalog;
    private final VignetteAuthoring authoring;
    private final LibraryProgress progress;
    private final boolean staff;
    private final org.springframework.beans.factory.ObjectProvider<CaseCardDownloads> downloads;
    private List<LibraryEntry> entries = List.of();
    private Map<String, String> status = Map.of();

    public LibraryView(
            VignetteCatalog catalog,
            VignetteAuthoring authoring,
            LibraryProgress progress,
            AuthenticationContext auth,
            org.springframework.beans.factory.ObjectProvider<CaseCardDownloads> downloads) {
        this.downloads = downloads;
        this.catalog = catalog;
        this.authoring = authoring;
        this.progress = progress;
        this.staff = auth.hasAnyRole(Role.ADMIN_NAME, Role.SUPERVISOR_NAME);
        addClassName("page");
        Div header = new Div(new H1("Case library"));
        header.addClassName("page-header");
        if (staff) {
            header.add(staffToolbar());
        }
        Paragraph lead = new Paragraph(
                "Each case unfolds one segment at a time. For each one, decide which of the four "
                        + "characteristics of an unethical power imbalance you see, if any, and point to the words that show it.");
        lead.addClassName("lead");
        cards.addClassName("case-grid");
        count.addClassName("hint");
        count.getElement().setAttribute("aria-live", "polite");
        add(header, lead, filters(), count, cards);
        reload();
    }

    private Component staffToolbar() {
        Anchor write = new Anchor("authoring", "Write a new case");
        write.addClassName("button-link");
        write.addClassName("primary");
        Div toolbar = new Div(write, new ImportVignetteButton(authoring, saved -> reload()));
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Component filters() {
        search.setPlaceholder("Title, setting, words in the text");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        characteristic.setLabel("Shows");
        characteristic.setItems(Characteristic.values());
        characteristic.setItemLabelGenerator(c -> c == null ? "Any characteristic" : c.label());
        characteristic.setEmptySelectionAllowed(true);
        characteristic.setEmptySelectionCaption("Any characteristic");
        difficulty.setLabel("Difficulty");
        difficulty.setItems(1, 2, 3);
        difficulty.setItemLabelGenerator(d -> d == null ? "Any difficulty" : DIFFICULTY[d]);
        difficulty.setEmptySelectionAllowed(true);
        difficulty.setEmptySelectionCaption("Any difficulty");
        tag.setItemLabelGenerator(Vignette::dimensionLabel);
        tag.setClearButtonVisible(true);
        tag.setPlaceholder("Any");
        author.setClearButtonVisible(true);
        author.setPlaceholder("Anyone");
        Div bar = new Div(search);
        // which characteristics a case shows is the answer a trainee is asked for: only staff filter by it
        if (staff) {
            bar.add(characteristic);
        }
        bar.add(difficulty, tag, author);
        bar.addClassName("filter-bar");
        bar.getElement().setAttribute("role", "search");
        search.addValueChangeListener(e -> show());
        characteristic.addValueChangeListener(e -> show());
        difficulty.addValueChangeListener(e -> show());
        tag.addValueChangeListener(e -> show());
        author.addValueChangeListener(e -> show());
        if (staff) {
            showRetired.addValueChangeListener(e -> reload());
            bar.add(showRetired);
        }
        return bar;
    }

    private void reload() {
        entries = staff && showRetired.getValue() ? catalog.libraryIncludingRetired() : catalog.library();
        status = progress.statusByVignette();
        tag.setItems(entries.stream()
                .flatMap(e -> e.vignette().tags().stream())
                .distinct()
                .sorted()
                .toList());
        author.setItems(
                entries.stream().map(LibraryEntry::author).distinct().sorted().toList());
        show();
    }

    LibraryFilter filter() {
        return new LibraryFilter(
                search.getValue(), characteristic.getValue(), difficulty.getValue(), tag.getValue(), author.getValue());
    }

    private void show() {
        cards.removeAll();
        LibraryFilter filter = filter();
        List<LibraryEntry> shown = entries.stream().filter(filter::matches).toList();
        if (entries.isEmpty()) {
            count.setText("");
            cards.add(emptyState(
                    staff
                            ? "No cases yet. Write one or import a vignette file with the buttons above."
                            : "No cases yet. Ask a supervisor to add one."));
            return;
        }
        count.setText(
                shown.size() == entries.size()
                        ? entries.size() + " cases"
                        : shown.size() + " of " + entries.size() + " cases match");
        if (shown.isEmpty()) {
            Button clear = new Button("Clear the filters", e -> clearFilters());
            Div empty = new Div(new Paragraph("No case matches these filters."), clear);
            empty.addClassName("empty-state");
            cards.add(empty);
        }
        shown.forEach(e -> cards.add(card(e)));
    }

    private void clearFilters() {
        search.clear();
        characteristic.clear();
        difficulty.clear();
        tag.clear();
        author.clear();
    }

    private static Paragraph emptyState(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }

    private Article card(LibraryEntry entry) {
        Vignette v = entry.vignette();
        H2 name = new H2(v.title());
        Span level = new Span(DIFFICULTY[v.difficulty()]);
        level.addClassName("difficulty");
        level.addClassName("level-" + v.difficulty());
        level.getElement().setAttribute("title", "Difficulty " + v.difficulty() + " of 3");
        Span length = new Span(v.segments().size() + " segments");
        length.addClassName("meta");
        Div meta = new Div(level, length);
        meta.addClassName("case-meta");
        if (entry.retired()) {
            Span retired = new Span("Retired");
            retired.addClassName("badge-retired");
            meta.add(retired);
        }
        Paragraph summary = new Paragraph(v.summary());
        Div tags = new Div();
        tags.addClassName("tags");
        tags.getElement().setAttribute("aria-label", "Boundary dimensions");
        v.tags().forEach(t -> tags.add(new Span(Vignette.dimensionLabel(t))));
        Paragraph source = new Paragraph("Source: " + v.source());
        source.addClassName("source");
        Div footer = new Div();
        footer.addClassName("case-footer");
        String mine = status.get(v.id());
        if (mine != null) {
            Span s = new Span(mine);
            s.addClassName("case-status");
            footer.add(s);
        }
        if (!entry.retired()) {
            Anchor start = new Anchor(
                    "case/" + v.id(),
                    mine == null ? "Start case" : mine.startsWith("In progress") ? "Resume" : "Try again");
            start.addClassName("button-link");
            start.getElement().setAttribute("aria-label", start.getText() + ": " + v.title());
            footer.add(start);
        }
        Article card = new Article(meta, name, summary, tags, source, footer);
        if (staff) {
            card.add(staffActions(entry));
        }
        card.addClassName("case-card");
        return card;
    }

    private Component staffActions(LibraryEntry entry) {
        Vignette v = entry.vignette();
        Paragraph byline = new Paragraph("Version " + entry.current().version() + " by " + entry.author());
        byline.addClassName("hint");
        Anchor edit = new Anchor("authoring/" + v.id(), "Edit");
        edit.getElement().setAttribute("aria-label", "Edit: " + v.title());
        Anchor download = new VignetteDownloadLink(authoring, v.id(), v.title());
        if (!authoring.mayChange(v.id())) {
            // the service refuses anyway; the card says why instead of offering what would fail
            Paragraph owner = new Paragraph(
                    entry.seed()
                            ? "A seed case: only an administrator changes it."
                            : "Only its author or an administrator changes it.");
            owner.addClassName("hint");
            Div actions = new Div(byline, owner, download);
            downloads.orderedStream().forEach(d -> d.forCase(v.id(), v.title()).forEach(actions::add));
            actions.addClassName("staff-actions");
            return actions;
        }
        Button retire = new Button(entry.retired() ? "Restore" : "Retire", e -> toggleRetired(entry));
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        retire.getElement().setAttribute("aria-label", retire.getText() + ": " + v.title());
        Div actions = new Div(byline, edit, download);
        downloads.orderedStream().forEach(d -> d.forCase(v.id(), v.title()).forEach(actions::add));
        actions.add(retire);
        actions.addClassName("staff-actions");
        return actions;
    }

    private void toggleRetired(LibraryEntry entry) {
        if (entry.retired()) {
            authoring.restore(entry.id());
            Notification.show("Restored: " + entry.vignette().title() + ". Trainees can start it again.");
        } else {
            authoring.retire(entry.id());
            Notification.show("Retired: " + entry.vignette().title()
                    + ". No new attempts; existing attempts and reports are kept.");
        }
        reload();
    }
}
