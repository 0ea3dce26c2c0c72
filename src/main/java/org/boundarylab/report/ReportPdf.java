package org.boundarylab.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.boundarylab.judgment.PointsFormat;
import org.boundarylab.vignette.Characteristic;
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

/**
 * Printable reports that mirror the screens: a title block with who, what and when, then the same
 * tables and bar charts; page numbers; black and white only (bars are grey with their value
 * written beside them). Text from trainees is set as text, never interpreted.
 */
public final class ReportPdf {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Font.NORMAL);
    private static final Color BAR = new Color(90, 90, 90);
    private static final Color RULE = new Color(200, 200, 200);

    private ReportPdf() {}

    public static byte[] trainee(TraineeReport r, Instant generated) {
        return trainee(r, List.of(), generated);
    }

    /** With the knowledge checks the trainee answered (their answers and points). */
    public static byte[] trainee(TraineeReport r, List<KnowledgeAnswer> knowledge, Instant generated) {
        return document("Trainee report: " + r.trainee(), generated, doc -> {
            doc.add(line("Overall: " + PointsFormat.outOf(r.score(), r.maxScore()) + " points; kappa against the key "
                    + Figures.onFew(Figures.of(r.kappa()), r.attempts().size()) + "; "
                    + Figures.count(r.attempts().size(), "attempt") + "."));
            doc.add(line(org.boundarylab.training.AttemptTotal.HOW));
            doc.heading("Attempts");
            PdfPTable attempts = table(new float[] {3, 1, 1, 2}, "Case", "Segments", "Score", "Started");
            for (TraineeReport.AttemptRow a : r.attempts()) {
                cells(
                        attempts,
                        a.caseTitle(),
                        String.valueOf(a.segments()),
                        PointsFormat.outOf(a.score(), a.maxScore()),
                        a.started() == null ? "" : WHEN.format(a.started()));
            }
            doc.add(attempts);
            doc.heading("Each characteristic");
            doc.add(signalTable(r.characteristics()));
            doc.heading("Sensitivity per characteristic");
            PdfPTable bars = barTable();
            r.characteristics().forEach((c, s) -> bar(bars, c.label(), s.sensitivity(), Figures.of(s.sensitivity())));
            doc.add(bars);
            doc.heading("Calibration: how often right at each certainty");
            PdfPTable calibration = barTable();
            for (TraineeReport.CalibrationRow c : r.calibration()) {
                bar(
                        calibration,
                        List.of("Guessing", "Fairly sure", "Certain").get(c.certainty() - 1) + " (" + c.n() + ")",
                        c.accuracy(),
                        c.n() == 0 ? "no answers" : Figures.percent(c.accuracy()));
            }
            doc.add(calibration);
            doc.heading("Progress over time");
            PdfPTable progress = barTable();
            for (TraineeReport.AttemptRow a : r.attempts()) {
                bar(
                        progress,
                        (a.started() == null ? "" : WHEN.format(a.started()) + " ") + a.caseTitle(),
                        Math.max(0, a.fraction()),
                        Figures.percent(a.fraction()));
            }
            doc.add(progress);
            doc.heading("What was done and the feedback received");
            for (TraineeReport.FeedbackRow f : r.feedback()) {
                // one block per judgment, kept on one page: its title never ends a page alone
                PdfPTable block = new PdfPTable(1);
                block.setWidthPercentage(100);
                block.setKeepTogether(true);
                block.setSpacingAfter(6);
                block.addCell(plain(new Paragraph(
                        f.item().label() + ": " + PointsFormat.label(f.score())
                                + (f.overrideComment() == null
                                        ? ""
                                        : " (changed by a supervisor: " + f.overrideComment() + ")"),
                        BOLD)));
                ScoredJudgment j = f.judgment();
                block.addCell(plain(new Paragraph(
                        "Ticked: " + names(j.marked()) + "; the key: " + names(j.key()) + ". Certainty: "
                                + certainty(j.confidence()) + ".",
                        BODY)));
                block.addCell(plain(new Paragraph(
                        "Reasoning: "
                                + (j.rationale().isBlank() ? "(none written)" : "\u201c" + j.rationale() + "\u201d"),
                        BODY)));
                if (!j.evidence().isEmpty()) {
                    block.addCell(plain(new Paragraph("Highlighted: " + String.join(" | ", j.evidence()), BODY)));
                }
                for (String m : f.messages()) {
                    block.addCell(plain(new Paragraph("  " + m, BODY)));
                }
                doc.add(block);
            }
            if (!knowledge.isEmpty()) {
                doc.heading("Knowledge checks");
                for (KnowledgeAnswer k : knowledge) {
                    String title = r.attempts().stream()
                            .filter(a -> a.attempt().equals(k.attempt()))
                            .map(TraineeReport.AttemptRow::caseTitle)
                            .findFirst()
                            .orElse(k.vignetteId());
                    doc.add(new Paragraph(
                            title + ": " + PointsFormat.outOf(k.score(), k.maxScore()) + " points", BOLD));
                    doc.add(line("\u201c" + k.answer() + "\u201d"));
                    if (k.scoreBefore() != null) {
                        // the same question before the first segment: what the case taught
                        doc.add(line("Before the case: " + PointsFormat.outOf(k.scoreBefore(), k.maxScore())
                                + "; at the end: " + PointsFormat.outOf(k.score(), k.maxScore()) + " ("
                                + PointsFormat.signed(k.score() - k.scoreBefore()) + ")."));
                    }
                }
            }
        });
    }

    public static byte[] cohort(String title, CohortReport r, Instant generated) {
        return document("Cohort report: " + title, generated, doc -> {
            doc.add(line(
                    Figures.count(r.attempts(), "attempt") + ", " + Figures.count(r.judgments(), "judgment") + "."));
            doc.heading("Items");
            PdfPTable items =
                    table(new float[] {3, 1, 1, 1, 3}, "Case / segment", "n", "Facility", "Discrimination", "Flags");
            for (ItemStats i : r.items()) {
                cells(
                        items,
                        i.name().label(),
                        String.valueOf(i.n()),
                        Figures.of(i.facility()),
                        Figures.onFew(Figures.of(i.discrimination()), i.n()),
                        String.join(", ", i.flags()));
            }
            doc.add(items);
            doc.heading("Cronbach's alpha per case");
            PdfPTable alpha = table(new float[] {3, 1}, "Case", "Alpha");
            r.alpha().forEach((v, a) -> cells(alpha, r.caseTitle(v), Figures.onFew(Figures.of(a), r.attemptsOn(v))));
            doc.add(alpha);
            doc.heading("Each characteristic");
            doc.add(signalTable(r.characteristics()));
            doc.heading(
                    "Confusion matrix (rows: what the key held and was missed, columns: what was marked in its place)");
            PdfPTable confusion = table(new float[] {2, 1, 1, 1, 1, 1}, header(CohortReport.CONFUSION_LABELS));
            for (int row = 0; row < r.confusion().length; row++) {
                confusion.addCell(cell(CohortReport.CONFUSION_LABELS.get(row), BOLD));
                for (int col = 0; col < r.confusion()[row].length; col++) {
                    confusion.addCell(cell(String.valueOf(r.confusion()[row][col]), row == col ? BOLD : BODY));
                }
            }
            doc.add(confusion);
            doc.heading("Distribution of attempt scores");
            PdfPTable distribution = barTable();
            int most = java.util.Arrays.stream(r.scoreDistribution()).max().orElse(1);
            for (int t = 0; t < 10; t++) {
                int n = r.scoreDistribution()[t];
                bar(
                        distribution,
                        (t * 10) + "-" + (t * 10 + 10) + " %",
                        most == 0 ? 0 : (double) n / most,
                        Figures.count(n, "attempt"));
            }
            doc.add(distribution);
            doc.heading("Trainees");
            PdfPTable trainees = table(new float[] {3, 1, 1, 1}, "Trainee", "Attempts", "Score", "Kappa");
            for (CohortReport.TraineeRow t : r.trainees()) {
                cells(
                        trainees,
                        t.trainee(),
                        String.valueOf(t.attempts()),
                        PointsFormat.outOf(t.score(), t.maxScore()),
                        Figures.onFew(Figures.of(t.kappa()), t.attempts()));
            }
            doc.add(trainees);
        });
    }

    private interface Body {
        void write(Pages doc) throws Exception;
    }

    /** The document being written, with headings that never end a page on their own. */
    private record Pages(Document doc, PdfWriter writer) {

        /** Room a heading needs below it for itself and the first lines of what it heads, in points. */
        static final float KEEP_WITH_NEXT = 110;

        void add(Element element) {
            doc.add(element);
        }

        void heading(String text) {
            if (writer.getVerticalPosition(true) - doc.bottom() < KEEP_WITH_NEXT) {
                doc.newPage();
            }
            doc.add(ReportPdf.heading(text));
        }
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
                    + "kappa is agreement with the expert key beyond chance; figures marked \"few attempts\" rest on fewer than "
                    + Figures.FEW + " attempts and move with every new one."));
            body.write(new Pages(doc, writer));
            doc.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not write the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable signalTable(java.util.Map<Characteristic, SignalCounts> signal) {
        PdfPTable t = table(
                new float[] {2.6f, 0.8f, 0.9f, 0.9f, 1.2f, 1.35f, 1.35f, 0.9f},
                "Characteristic",
                "Hits",
                "Misses",
                "False alarms",
                "Correct rejections",
                "Sensitivity",
                "Specificity",
                "Kappa");
        signal.forEach((c, s) -> cells(
                t,
                c.label(),
                String.valueOf(s.hits()),
                String.valueOf(s.misses()),
                String.valueOf(s.falseAlarms()),
                String.valueOf(s.correctRejections()),
                Figures.of(s.sensitivity()),
                Figures.of(s.specificity()),
                Figures.of(s.kappa())));
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

    private static PdfPCell plain(Paragraph paragraph) {
        PdfPCell c = new PdfPCell(paragraph);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        return c;
    }

    private static String names(java.util.Set<Characteristic> set) {
        return set.isEmpty()
                ? "none of the four"
                : set.stream().sorted().map(Characteristic::label).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String certainty(Integer level) {
        return level == null ? "not given" : level == 1 ? "guessing" : level == 2 ? "fairly sure" : "certain";
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
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("Page " + writer.getPageNumber(), BODY),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 24,
                    0);
        }
    }
}
