package org.boundarylab.review;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.vignette.Characteristic;

/**
 * Reading corrections written as rows of the rule base's evaluation files
 * ({@code src/test/resources/rationale/*.csv}): {@code case;labels;text}, the labels the codes of
 * what the supervisor says the reasoning describes joined by '|' (empty for none of the four), the
 * text the trainee's reasoning on one line; lines starting with '#' are comments, one before each row
 * saying what the rule base read and who read it otherwise. Whoever keeps the lexicon can add these
 * rows to a tuning file as they are.
 */
public final class EvaluationRows {

    private EvaluationRows() {}

    public static String write(Collection<ReadingCorrection> corrections, CorrectionFilter filter, Instant exportedAt) {
        StringBuilder out = new StringBuilder();
        long confirmed =
                corrections.stream().filter(ReadingCorrection::confirms).count();
        out.append("# Boundary Lab reading corrections, exported ")
                .append(exportedAt)
                .append(": supervisors' readings of trainees' reasoning; case;labels;text\n");
        out.append("# ")
                .append(describe(filter))
                .append(". Rows: ")
                .append(corrections.size())
                .append(" (")
                .append(corrections.size() - confirmed)
                .append(" corrected, ")
                .append(confirmed)
                .append(" confirmed).\n");
        for (ReadingCorrection c : corrections) {
            out.append("# judgment ")
                    .append(c.judgmentId())
                    .append(", segment ")
                    .append(c.segmentNumber())
                    .append(": the rule base (")
                    .append(c.ruleBaseVersion())
                    .append(") read ")
                    .append(codes(c.ruleReading(), ", ", "nothing"))
                    .append("; ")
                    .append(c.confirms() ? "confirmed" : "corrected")
                    .append(" by ")
                    .append(c.correctedBy())
                    .append(" on ")
                    .append(c.correctedAt())
                    .append(c.comment().isBlank() ? "" : ": " + oneLine(c.comment()))
                    .append('\n');
            out.append(row(c)).append('\n');
        }
        return out.toString();
    }

    /** One row: {@code case;labels;text}. */
    static String row(ReadingCorrection c) {
        return c.vignetteId() + ";" + codes(c.reading(), "|", "") + ";" + text(c.rationale());
    }

    /**
     * The reasoning on one line. A text a spreadsheet would take for a formula gets a leading space,
     * which no reader of words sees.
     */
    static String text(String rationale) {
        String line = oneLine(rationale);
        return !line.isEmpty() && "=+-@".indexOf(line.charAt(0)) >= 0 ? " " + line : line;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String codes(Set<Characteristic> reading, String separator, String none) {
        return reading.isEmpty()
                ? none
                : reading.stream().sorted().map(Enum::name).collect(Collectors.joining(separator));
    }

    private static String describe(CorrectionFilter filter) {
        return "Filter: "
                + (filter.characteristic() == null
                        ? "any characteristic"
                        : filter.characteristic().name()) + ", "
                + (filter.vignetteId() == null ? "any case" : "case " + filter.vignetteId()) + ", "
                + (filter.ruleBaseVersion() == null
                        ? "any rule base version"
                        : "rule base " + filter.ruleBaseVersion());
    }
}
