package org.boundarylab.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boundarylab.account.Role;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.report.CohortReport;
import org.boundarylab.report.Figures;
import org.boundarylab.report.ItemStats;
import org.boundarylab.report.JudgmentCsv;
import org.boundarylab.report.ReportPdf;
import org.boundarylab.report.Reports;

/**
 * A cohort's report: the item table with flags in words, detection per characteristic, the
 * confusion matrix as a heat map with a number in every cell, the score distribution and the
 * per-trainee table. {@code reports/session/<id>} for a live session; {@code reports/cases/a,b}
 * for every attempt on those cases by the trainees the caller may see.
 */
@Route("reports/:scope(session|cases)/:which")
@PageTitle("Cohort report · Boundary Lab")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class CohortReportView extends Main implements BeforeEnterObserver {

    private final Reports reports;
    final Div body = new Div();
    final EChart distribution = new EChart("Distribution of attempt scores, in tenths of the maximum", "18rem");
    Reports.CohortResult result;

    public CohortReportView(Reports reports) {
        this.reports = reports;
        addClassNames("page", "report-page");
        body.add(new Paragraph("Computing the report\u2026"));
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String scope = event.getRouteParameters().get("scope").orElse("");
        String which = event.getRouteParameters().get("which").orElse("");
        if (scope.equals("session")) {
            long id;
            try {
                id = Long.parseLong(which);
            } catch (NumberFormatException e) {
                refused("There is no such session.");
                return;
            }
            OffLock.load(this, () -> reports.session(id), this::show, this::refused);
        } else {
            Set<String> ids = new LinkedHashSet<>(List.of(which.split(",")));
            OffLock.load(this, () -> reports.cases(ids), this::show, this::refused);
        }
    }

    private void refused(String message) {
        body.removeAll();
        body.add(new H1("Report not available"), new Paragraph(message));
    }

    void show(Reports.CohortResult r) {
        result = r;
        CohortReport c = r.report();
        body.removeAll();
        Div header = new Div(
                new H1(r.title()),
                new ExportLinks(
                        "boundary-lab-cohort",
                        () -> JudgmentCsv.write(r.judgments()),
                        () -> ReportPdf.cohort(r.title(), c, Instant.now())));
        header.addClassName("page-header");
        body.add(header, new Paragraph(c.attempts() + " attempts, " + c.judgments() + " judgments."));
        if (c.judgments() == 0) {
            body.add(new Paragraph("No judgments yet: the report fills in as trainees answer."));
            return;
        }
        body.add(items(c), confusion(c));
        List<String> labels = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            labels.add(t * 10 + "-" + (t * 10 + 10) + "%");
        }
        distribution.show(EChart.bars(
                labels, java.util.Arrays.stream(c.scoreDistribution()).boxed().toList(), "attempts", null));
        body.add(new Section(new H2("Distribution of scores"), distribution), trainees(c));
    }

    private Section items(CohortReport c) {
        Grid<ItemStats> grid = new Grid<>();
        grid.addColumn(i -> i.name().label())
                .setHeader("Item")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(ItemStats::n).setHeader("n").setSortable(true);
        grid.addColumn(i -> Figures.of(i.facility()))
                .setHeader("Facility")
                .setSortable(true)
                .setComparator(ItemStats::facility);
        grid.addColumn(i -> Figures.onFew(Figures.of(i.discrimination()), i.n()))
                .setHeader("Discrimination")
                .setSortable(true)
                .setComparator(ItemStats::discrimination);
        grid.addColumn(i -> i.flags().isEmpty() ? "\u2014" : "\u26a0 " + String.join(", ", i.flags()))
                .setHeader("For the author")
                .setFlexGrow(2);
        grid.setItems(c.items());
        grid.setAllRowsVisible(true);
        grid.setId("item-grid");
        StringBuilder alpha = new StringBuilder("Cronbach's alpha: ");
        c.alpha().forEach((v, a) -> alpha.append(c.caseTitle(v))
                .append(" ")
                .append(Figures.onFew(Figures.of(a), c.attemptsOn(v)))
                .append("; "));
        Paragraph alphaLine = new Paragraph(alpha.toString().replaceAll("; $", "."));
        alphaLine.addClassName("hint");
        Paragraph legend = new Paragraph("Facility is the mean score over the maximum (flagged outside 0.30-0.90); "
                + "discrimination is the correlation of the item with the rest of the case (flagged under 0.25).");
        legend.addClassName("hint");
        return new Section(new H2("Items"), legend, grid, alphaLine);
    }

    /** The confusion matrix as a table: shading grows with the count, and every cell has its number. */
    private Section confusion(CohortReport c) {
        NativeTable table = new NativeTable();
        table.addClassName("heat-map");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow(new NativeTableHeaderCell("Key \u2193 / marked \u2192"));
        CohortReport.CONFUSION_LABELS.forEach(l -> headRow.add(new NativeTableHeaderCell(l)));
        head.add(headRow);
        NativeTableBody rows = new NativeTableBody();
        int max = java.util.Arrays.stream(c.confusion())
                .flatMapToInt(java.util.Arrays::stream)
                .max()
                .orElse(1);
        for (int r = 0; r < c.confusion().length; r++) {
            NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(CohortReport.CONFUSION_LABELS.get(r)));
            for (int col = 0; col < c.confusion()[r].length; col++) {
                int n = c.confusion()[r][col];
                NativeTableCell cell = new NativeTableCell(String.valueOf(n));
                double share = max == 0 ? 0 : (double) n / max;
                cell.getStyle()
                        .set(
                                "background",
                                "rgba(31, 95, 122, " + String.format(java.util.Locale.ROOT, "%.2f", share * 0.85)
                                        + ")");
                cell.getStyle().set("color", share > 0.5 ? "#fff" : "var(--bl-ink)");
                if (r == col) {
                    cell.addClassName("diagonal");
                }
                row.add(cell);
            }
            rows.add(row);
        }
        table.add(head, rows);
        Paragraph note =
                new Paragraph("Rows: what the key held and trainees missed; columns: what they marked in its place. "
                        + "The diagonal (outlined) is agreement. A characteristic counts as taken for another only when one was missed and "
                        + "the other falsely marked in the same segment.");
        note.addClassName("hint");
        return new Section(new H2("Confusion matrix"), note, table);
    }

    private Section trainees(CohortReport c) {
        Grid<CohortReport.TraineeRow> grid = new Grid<>();
        // each row opens the trainee's report, where every judgment shows beside its feedback
        grid.addComponentColumn(t -> t.traineeId() == 0
                        ? new com.vaadin.flow.component.html.Span(t.trainee())
                        : new Anchor("reports/trainee/" + t.traineeId(), t.trainee()))
                .setHeader("Trainee")
                .setSortable(true)
                .setComparator(CohortReport.TraineeRow::trainee)
                .setFlexGrow(2);
        grid.addColumn(CohortReport.TraineeRow::attempts).setHeader("Attempts").setSortable(true);
        grid.addColumn(t -> PointsFormat.outOf(t.score(), t.maxScore()))
                .setHeader("Score")
                .setSortable(true)
                .setComparator(t -> t.maxScore() == 0 ? 0 : t.score() / t.maxScore());
        grid.addColumn(t -> Figures.onFew(Figures.of(t.kappa()), t.attempts()))
                .setHeader("Kappa")
                .setSortable(true)
                .setComparator(t -> Double.isNaN(t.kappa()) ? -2 : t.kappa());
        grid.setItems(c.trainees());
        grid.setAllRowsVisible(true);
        grid.setId("trainee-table");
        return new Section(new H2("Trainees"), grid);
    }

    static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.addClassName("button-link");
        return a;
    }
}
