package org.boundarylab.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.boundarylab.account.Role;
import org.boundarylab.report.Figures;
import org.boundarylab.review.CorrectionFilter;
import org.boundarylab.review.ReadingAgreement;
import org.boundarylab.review.ReadingCorrection;
import org.boundarylab.review.ReadingCorrections;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.LibraryEntry;
import org.boundarylab.vignette.VignetteCatalog;

/**
 * Reading corrections: every judgment whose reading a supervisor corrected or confirmed (the one in
 * force), filtered by characteristic, case and rule-base version; how often supervisors agreed with
 * the rule base, per characteristic; and the export as rows of the rule base's evaluation file.
 */
@Menu(title = "Reading corrections", order = 90, icon = "vaadin:comment-ellipsis-o")
@Route("review/corrections")
@PageTitle("Reading corrections · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ReadingCorrectionsView extends Main {

    private final ReadingCorrections corrections;
    final Select<Characteristic> characteristic = new Select<>();
    final ComboBox<LibraryEntry> caseFilter = new ComboBox<>("Case");
    final Select<String> version = new Select<>();
    final Div agreement = new Div();
    final H2 listHeading = new H2();
    final Grid<ReadingCorrection> grid = new Grid<>();
    final Paragraph empty =
            new Paragraph("No readings reviewed here yet: open a trainee's report and choose Correct the "
                    + "reading on a judgment, or accept a calibration panel's readings.");
    /** The filter in force, read by the download (which runs outside the UI's lock). */
    private volatile CorrectionFilter filter = CorrectionFilter.ANY;

    public ReadingCorrectionsView(ReadingCorrections corrections, VignetteCatalog catalog) {
        this.corrections = corrections;
        addClassNames("page", "report-page");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] rows = corrections.export(filter).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(rows), "reading-corrections.csv", "text/csv", rows.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download as evaluation rows (case;labels;text)");
        export.addClassName("button-link");
        export.setId("export-readings");
        Div header = new Div(new H1("Reading corrections"), export);
        header.addClassName("page-header");
        Paragraph lead = new Paragraph(
                "Where a supervisor said what a trainee's reasoning really describes. The export is in "
                        + "the format of the rule base's evaluation files, so whoever keeps the lexicon can add real trainees' words to it.");
        lead.addClassName("lead");

        characteristic.setLabel("Characteristic");
        characteristic.setItems(Characteristic.values());
        characteristic.setItemLabelGenerator(c -> c == null ? "Any" : c.label());
        characteristic.setEmptySelectionAllowed(true);
        characteristic.setEmptySelectionCaption("Any");
        characteristic.setId("filter-characteristic");
        caseFilter.setItems(catalog.libraryIncludingRetired());
        caseFilter.setItemLabelGenerator(e -> e.vignette().title());
        caseFilter.setClearButtonVisible(true);
        caseFilter.setPlaceholder("Any");
        caseFilter.setId("filter-case");
        version.setLabel("Rule base version");
        version.setItems(corrections.versions());
        version.setEmptySelectionAllowed(true);
        version.setEmptySelectionCaption("Any");
        version.setId("filter-version");
        Div filters = new Div(characteristic, caseFilter, version);
        filters.addClassName("filter-bar");
        characteristic.addValueChangeListener(e -> refresh());
        caseFilter.addValueChangeListener(e -> refresh());
        version.addValueChangeListener(e -> refresh());

        grid.addColumn(c -> c.caseTitle() + " \u00b7 segment " + c.segmentNumber())
                .setHeader("Case")
                .setFlexGrow(2);
        grid.addColumn(ReadingCorrection::rationale).setHeader("Reasoning").setFlexGrow(4);
        grid.addColumn(c -> Words.reading(c.ruleReading()))
                .setHeader("The rule base read")
                .setFlexGrow(2);
        grid.addColumn(c -> Words.reading(c.reading()))
                .setHeader("The supervisor reads")
                .setFlexGrow(2);
        grid.addColumn(c -> c.comment().isBlank() ? (c.confirms() ? "(confirmed)" : "") : c.comment())
                .setHeader("Comment")
                .setFlexGrow(3);
        grid.addColumn(c -> c.correctedBy() + ", " + Words.WHEN.format(c.correctedAt())
                        + (c.calibrationRoundId() == null ? "" : " (calibration)"))
                .setHeader("By, when")
                .setFlexGrow(2);
        grid.addComponentColumn(c -> new Anchor("review/judgment/" + c.judgmentId(), "Open"))
                .setHeader("")
                .setFlexGrow(0)
                .setWidth("5rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("corrections-grid");
        empty.addClassName("empty-state");
        listHeading.setId("corrections-heading");
        agreement.addClassName("small-multiples");
        agreement.setId("agreement");
        // the readings first, then what they add up to
        Section list = new Section(listHeading, empty, grid);
        Section agreed = new Section(new H2("Agreement with the rule base"), agreementHint(), agreement);
        list.addClassName("review-section");
        agreed.addClassName("review-section");
        add(header, lead, filters, list, agreed);
        refresh();
    }

    private static Paragraph agreementHint() {
        Paragraph hint =
                new Paragraph("Over the judgments supervisors reviewed for the chosen case and version (each once, by "
                        + "the reading in force): how often a supervisor's tick and the rule base's reading said the same. Supervisors "
                        + "mostly review readings that look wrong, so this is not the rule base's accuracy; a calibration round over a "
                        + "random sample measures that.");
        hint.addClassName("hint");
        return hint;
    }

    void refresh() {
        filter = new CorrectionFilter(
                characteristic.getValue(),
                caseFilter.getValue() == null ? null : caseFilter.getValue().id(),
                version.getValue());
        List<ReadingCorrection> rows = corrections.list(filter);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        long corrected = rows.stream().filter(c -> !c.confirms()).count();
        listHeading.setText(rows.size() + (rows.size() == 1 ? " reading" : " readings") + " reviewed: " + corrected
                + " corrected, " + (rows.size() - corrected) + " confirmed");
        showAgreement(corrections.agreement(filter));
    }

    private void showAgreement(ReadingAgreement a) {
        agreement.removeAll();
        a.characteristics().forEach((c, counts) -> {
            Div panel = new Div(
                    new H3(c.label()),
                    new Paragraph("Agreed " + Figures.percent(counts.share()) + " (" + counts.agreed() + " of "
                            + counts.judgments() + ")"),
                    new Paragraph("Read by the rule base only: " + counts.readOnlyByRuleBase()
                            + " \u00b7 by supervisors only: " + counts.readOnlyBySupervisor()));
            panel.addClassName("signal-panel");
            panel.getElement().setAttribute("data-characteristic", c.name().toLowerCase(Locale.ROOT));
            agreement.add(panel);
        });
        Div whole = new Div(
                new H3("The whole reading"),
                new Paragraph("The same " + Figures.percent(a.wholeReadingShare()) + " (" + a.wholeReadingAgreed()
                        + " of " + a.judgments() + ")"));
        whole.addClassName("signal-panel");
        agreement.add(whole);
    }
}
