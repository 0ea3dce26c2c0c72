package org.boundarylab.operations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.boundarylab.audit.AuditLog;
import org.boundarylab.audit.AuditQuery;

/**
 * The audit trail as people read it: plain words and names, filters by kind, person and date,
 * a page of {@value #PAGE} events at a time, and the filtered events as a CSV file.
 */
class AuditTrailPanel extends Section {

    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = OperationsView.WHEN;
    private static final DateTimeFormatter CSV_WHEN =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.systemDefault());

    final ComboBox<String> kind = new ComboBox<>("Kind of event");
    final ComboBox<String> person = new ComboBox<>("Person");
    final DatePicker from = new DatePicker("From");
    final DatePicker until = new DatePicker("Until (including)");
    final Grid<AuditLog.Event> events = new Grid<>();
    final Span pageText = new Span();
    final Button previous = new Button("Newer", VaadinIcon.ANGLE_LEFT.create());
    final Button next = new Button("Older", VaadinIcon.ANGLE_RIGHT.create());
    private final AuditLog audit;
    private final AuditWording wording;
    int page;

    AuditTrailPanel(AuditLog audit, AuditWording wording) {
        this.audit = audit;
        this.wording = wording;
        addClassName("audit-trail");
        H2 heading = new H2("Audit trail");
        heading.setId("audit-heading");
        getElement().setAttribute("aria-labelledby", "audit-heading");
        kind.setId("audit-kind");
        kind.setItemLabelGenerator(AuditWording::kind);
        kind.setPlaceholder("Every kind");
        kind.setClearButtonVisible(true);
        person.setId("audit-person");
        person.setItemLabelGenerator(wording::who);
        person.setPlaceholder("Everyone");
        person.setClearButtonVisible(true);
        from.setId("audit-from");
        until.setId("audit-until");
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> firstPage());
        person.addValueChangeListener(e -> firstPage());
        from.addValueChangeListener(e -> firstPage());
        until.addValueChangeListener(e -> firstPage());
        Div filters = new Div(kind, person, from, until, csvLink());
        filters.addClassName("filter-bar");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter the audit trail");

        events.setId("audit-events");
        events.addColumn(e -> WHEN.format(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        events.addColumn(e -> wording.who(e.actor())).setHeader("Who").setAutoWidth(true);
        events.addColumn(e -> AuditWording.kind(e.action())).setHeader("What").setAutoWidth(true);
        events.addColumn(e -> wording.detail(e.detail())).setHeader("Detail").setFlexGrow(3);
        events.setAllRowsVisible(true);
        events.setEmptyStateText("No event matches these filters.");
        events.setAriaLabel("Audit trail events, newest first");

        previous.setId("audit-newer");
        next.setId("audit-older");
        next.setIconAfterText(true);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(e -> show(page - 1));
        next.addClickListener(e -> show(page + 1));
        pageText.setId("audit-page");
        pageText.getElement().setAttribute("aria-live", "polite");
        Div pager = new Div(previous, pageText, next);
        pager.addClassName("pager");
        add(heading, filters, events, pager);
        refresh();
    }

    /** Reloads the filter choices and the first page (after a new event such as a backup). */
    void refresh() {
        kind.setItems(audit.actions());
        person.setItems(audit.actors());
        firstPage();
    }

    AuditQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate last = until.getValue();
        return new AuditQuery(
                kind.getValue(),
                person.getValue(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void firstPage() {
        show(0);
    }

    private void show(int wanted) {
        AuditQuery q = query();
        long total = audit.count(q);
        int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
        page = Math.max(0, Math.min(wanted, pages - 1));
        events.setItems(audit.search(q, page * PAGE, PAGE));
        long first = total == 0 ? 0 : (long) page * PAGE + 1;
        long last = Math.min(total, (long) (page + 1) * PAGE);
        pageText.setText(
                total == 0
                        ? "No events"
                        : "Events " + first + "–" + last + " of " + total + " (page " + (page + 1) + " of " + pages
                                + ")");
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
    }

    /** The filtered events, in the same words as on screen, with the codes beside them for tools. */
    private Anchor csvLink() {
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv(query()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "audit-trail.csv", "text/csv", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download CSV");
        csv.setId("audit-csv");
        csv.addClassName("button-link");
        return csv;
    }

    String csv(AuditQuery q) {
        StringBuilder out = new StringBuilder("when,who,username,what,detail,code\n");
        for (int offset = 0; ; offset += 1000) {
            List<AuditLog.Event> chunk = audit.search(q, offset, 1000);
            for (AuditLog.Event e : chunk) {
                out.append(String.join(
                                ",",
                                cell(CSV_WHEN.format(e.at())),
                                cell(wording.who(e.actor())),
                                cell(e.actor()),
                                cell(AuditWording.kind(e.action())),
                                cell(wording.detail(e.detail())),
                                cell(e.action())))
                        .append('\n');
            }
            if (chunk.size() < 1000) {
                return out.toString();
            }
        }
    }

    /** Quoted, and a leading = + - @ made inert, so a spreadsheet never runs a cell as a formula. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
