package org.boundarylab.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.vignette.Characteristic;

/**
 * Printable reports that mirror the screens: a title block with who, what and when, then the same
 * tables and bar charts; page numbers; black and white only (bars are grey with their value
 * written beside them). Text from trainees is set as text, never interpreted.
 */
public final class ReportPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL);
    private static final Color BAR = new Color(90, 90, 90);
    private static final Color RULE = new Color(200, 200, 200);

    private ReportPdf() {
    }

    public static byte[] trainee(TraineeReport r, Instant generated) {
        return document("Trainee report: " + r.trainee(), generated, doc -> {
            doc.add(line("Overall: " + PointsFormat.outOf(r.score(), r.maxScore()) + " points; kappa against the key "
                    + Figures.of(r.kappa()) + "; " + r.attempts().size() + " attempts."));
            doc.add(heading("Attempts"));
            PdfPTable attempts = table(new float[] {3, 1, 1, 2}, "Case", "Segments", "Score", "Started");
            for (TraineeReport.AttemptRow a : r.attempts()) {
                cells(attempts, a.vignetteId(), String.valueOf(a.segments()), PointsFormat.outOf(a.score(), a.maxScore()),
                        a.started() == null ? "" : WHEN.format(a.started()));
            }
            doc.add(attempts);
            doc.add(heading("Each characteristic"));
            doc.add(signalTable(r.characteristics()));
            doc.add(heading("Sensitivity per characteristic"));
            PdfPTable bars = barTable();
            r.characteristics().forEach((c, s) -> bar(bars, c.label(), s.sensitivity(), Figures.of(s.sensitivity())));
            doc.add(bars);
            doc.add(heading("Calibration: how often right at each certainty"));
            PdfPTable calibration = barTable();
            for (TraineeReport.CalibrationRow c : r.calibration()) {
                bar(calibration, List.of("Guessing", "Fairly sure", "Certain").get(c.certainty() - 1) + " (" + c.n() + ")",
                        c.accuracy(), c.n() == 0 ? "no answers" : Figures.percent(c.accuracy()));
            }
            doc.add(calibration);
            doc.add(heading("Progress over time"));
            PdfPTable progress = barTable();
            for (TraineeReport.AttemptRow a : r.attempts()) {
                bar(progress, (a.started() == null ? "" : WHEN.format(a.started()) + " ") + a.vignetteId(),
                        Math.max(0, a.fraction()), Figures.percent(a.fraction()));
            }
            doc.add(progress);
            doc.add(heading("Feedback received"));
            for (TraineeReport.FeedbackRow f : r.feedback()) {
                doc.add(new Paragraph(f.vignetteId() + " " + f.segmentId() + ": " + PointsFormat.label(f.score())
                        + (f.overrideComment() == null ? "" : " (changed by a supervisor: " + f.overrideComment() + ")"), BOLD));
                for (String m : f.messages()) {
                    doc.add(new Paragraph("  " + m, BODY));
                }
            }
        });
    }

    public static byte[] cohort(String title, CohortReport r, Instant generated) {
        return document("Cohort report: " + title, generated, doc -> {
            doc.add(line(r.attempts() + " attempts, " + r.judgments() + " judgments."));
            doc.add(heading("Items"));
            PdfPTable items = table(new float[] {3, 1, 1, 1, 3}, "Case / segment", "n", "Facility", "Discrimination", "Flags");
            for (ItemStats i : r.items()) {
                cells(items, i.vignetteId() + " " + i.segmentId(), String.valueOf(i.n()), Figures.of(i.facility()),
                        Figures.of(i.discrimination()), String.join(", ", i.flags()));
            }
            doc.add(items);
            doc.add(heading("Cronbach's alpha per case"));
            PdfPTable alpha = table(new float[] {3, 1}, "Case", "Alpha");
            r.alpha().forEach((v, a) -> cells(alpha, v, Figures.of(a)));
            doc.add(alpha);
            doc.add(heading("Each characteristic"));
            doc.add(signalTable(r.characteristics()));
            doc.add(heading("Confusion matrix (rows: the key, columns: what was marked)"));
            PdfPTable confusion = table(new float[] {2, 1, 1, 1, 1, 1}, header(CohortReport.CONFUSION_LABELS));
            for (int row = 0; row < r.confusion().length; row++) {
                confusion.addCell(cell(CohortReport.CONFUSION_LABELS.get(row), BOLD));
                for (int col = 0; col < r.confusion()[row].length; col++) {
                    confusion.addCell(cell(String.valueOf(r.confusion()[row][col]), row == col ? BOLD : BODY));
                }
            }
            doc.add(confusion);
            doc.add(heading("Distribution of attempt scores"));
            PdfPTable distribution = barTable();
            int most = java.util.Arrays.stream(r.scoreDistribution()).max().orElse(1);
            for (int t = 0; t < 10; t++) {
                int n = r.scoreDistribution()[t];
                bar(distribution, (t * 10) + "-" + (t * 10 + 10) + " %", most == 0 ? 0 : (double) n / most, n + " attempts");
            }
            doc.add(distribution);
            doc.add(heading("Trainees"));
            PdfPTable trainees = table(new float[] {3, 1, 1, 1}, "Trainee", "Attempts", "Score", "Kappa");
            for (CohortReport.TraineeRow t : r.trainees()) {
                cells(trainees, t.trainee(), String.valueOf(t.attempts()), PointsFormat.outOf(t.score(), t.maxScore()),
                        Figures.of(t.kappa()));
            }
            doc.add(trainees);
        });
    }

    private interface Body {
        void write(Document doc) throws Exception;
    }

    private static byte[] document(String title, Instant generated, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers());
            doc.addTitle(title);
            doc.addCreator("Boundary Lab");
            doc.open();
            doc.add(new Paragraph("Boundary Lab", BODY));
            doc.add(new Paragraph(title, TITLE));
            doc.add(line("Made " + WHEN.format(generated) + ". Scores use certainty-based marking (1/0, 2/-2, 3/-6); "
                    + "kappa is agreement with the expert key beyond chance. Formulas: docs/reports.md."));
            body.write(doc);
            doc.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable signalTable(java.util.Map<Characteristic, SignalCounts> signal) {
        PdfPTable t = table(new float[] {3, 1, 1, 1, 1, 1, 1, 1}, "Characteristic", "Hits", "Misses", "False alarms",
                "Correct rejections", "Sensitivity", "Specificity", "Kappa");
        signal.forEach((c, s) -> cells(t, c.label(), String.valueOf(s.hits()), String.valueOf(s.misses()),
                String.valueOf(s.falseAlarms()), String.valueOf(s.correctRejections()), Figures.of(s.sensitivity()),
                Figures.of(s.specificity()), Figures.of(s.kappa())));
        return t;
    }

    private static PdfPTable barTable() {
        PdfPTable t = new PdfPTable(new float[] {3, 4, 1.4f});
        t.setWidthPercentage(100);
        t.setSpacingAfter(6);
        return t;
    }

    /** A bar: label, a grey bar as long as the value (0..1), and the value written out. */
    private static void bar(PdfPTable t, String label, double fraction, String value) {
        t.addCell(plain(label));
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        PdfPTable track = new PdfPTable(new float[] {(float) Math.max(f, 0.001), (float) Math.max(1 - f, 0.001)});
        PdfPCell filled = new PdfPCell(new Phrase(" ", BODY));
        filled.setBackgroundColor(BAR);
        filled.setBorder(Rectangle.NO_BORDER);
        filled.setFixedHeight(11);
        PdfPCell empty = new PdfPCell(new Phrase(" ", BODY));
        empty.setBorder(Rectangle.BOX);
        empty.setBorderColor(RULE);
        track.addCell(filled);
        track.addCell(empty);
        PdfPCell holder = new PdfPCell(track);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(3);
        t.addCell(holder);
        t.addCell(plain(value));
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        for (String h : headers) {
            t.addCell(cell(h, BOLD));
        }
        return t;
    }

    private static String[] header(List<String> labels) {
        String[] all = new String[labels.size() + 1];
        all[0] = "Key \\ marked";
        for (int i = 0; i < labels.size(); i++) {
            all[i + 1] = labels.get(i);
        }
        return all;
    }

    private static void cells(PdfPTable t, String... values) {
        for (String v : values) {
            t.addCell(cell(v, BODY));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        c.setBorderColor(RULE);
        return c;
    }

    private static PdfPCell plain(String text) {
        PdfPCell c = cell(text, BODY);
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text, BODY);
        p.setSpacingAfter(4);
        return p;
    }

    /** "Page n" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("Page " + writer.getPageNumber(), BODY), (document.left() + document.right()) / 2,
                    document.bottom() - 24, 0);
        }
    }
}
