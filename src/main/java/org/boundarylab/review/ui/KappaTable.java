package org.boundarylab.review.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.boundarylab.report.Figures;
import org.boundarylab.review.CalibrationReport;

/** The calibration report's kappas as tables: a row per question, a column per figure; "n/a" where not defined. */
final class KappaTable {

    private KappaTable() {}

    /** Fleiss' kappa, then Cohen's kappa for each pair of raters. */
    static NativeTable betweenRaters(CalibrationReport rep) {
        NativeTable table = table("kappa-between");
        NativeTableRow head =
                new NativeTableRow(new NativeTableHeaderCell("Question"), new NativeTableHeaderCell("Fleiss' kappa"));
        rep.rows().getFirst().pairs().forEach(p -> head.add(new NativeTableHeaderCell(p.first() + " & " + p.second())));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (CalibrationReport.Row row : rep.rows()) {
            NativeTableRow tr = new NativeTableRow(new NativeTableHeaderCell(row.question()), cell(row.fleiss()));
            row.pairs().forEach(p -> tr.add(cell(p.kappa())));
            body.add(tr);
        }
        table.add(body);
        return table;
    }

    /** Cohen's kappa of each rater against the rule base, per characteristic (the rule base says nothing of fairness). */
    static NativeTable againstRuleBase(CalibrationReport rep) {
        NativeTable table = table("kappa-rule-base");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell("Characteristic"));
        rep.raters().forEach(r -> head.add(new NativeTableHeaderCell(r)));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (CalibrationReport.Row row : rep.rows()) {
            if (row.characteristic() != null) {
                NativeTableRow tr = new NativeTableRow(new NativeTableHeaderCell(row.question()));
                row.againstRuleBase().forEach(k -> tr.add(cell(k.kappa())));
                body.add(tr);
            }
        }
        table.add(body);
        return table;
    }

    private static NativeTable table(String id) {
        NativeTable table = new NativeTable();
        table.addClassName("kappa-table");
        table.setId(id);
        return table;
    }

    private static NativeTableCell cell(double kappa) {
        NativeTableCell cell = new NativeTableCell(Figures.of(kappa));
        if (Double.isNaN(kappa)) {
            cell.addClassName("not-defined");
        }
        return cell;
    }
}
