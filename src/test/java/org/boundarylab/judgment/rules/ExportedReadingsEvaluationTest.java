package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.boundarylab.review.CorrectionFilter;
import org.boundarylab.review.EvaluationRows;
import org.boundarylab.review.ReadingCorrection;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading corrections exported as evaluation rows are read by the rule base's evaluation as they are:
 * its reader gets each case, the supervisor's labels and the reasoning back, and its figures are
 * computed on them.
 */
class ExportedReadingsEvaluationTest {

    private static ReadingCorrection correction(
            long id, Set<Characteristic> rule, Set<Characteristic> reading, String rationale, String comment) {
        return new ReadingCorrection(
                id,
                100 + id,
                7,
                "mary-after-hours",
                "Mary: the last appointment of the day",
                6,
                rationale,
                rule,
                reading,
                comment,
                "rhea",
                Instant.parse("2026-05-01T10:00:00Z"),
                "rb-0123456789ab",
                null);
    }

    @Test
    void the_evaluation_reads_every_exported_row_back_as_the_supervisor_labelled_it(@TempDir Path dir)
            throws Exception {
        List<ReadingCorrection> corrections = List.of(
                correction(
                        1,
                        Set.of(),
                        Set.of(Characteristic.DOUBLE_BIND),
                        "Staying hurts and leaving hurts; he has arranged both.\nSo she stays.",
                        "A paraphrase of the bind;\nline two"),
                correction(
                        2,
                        Set.of(Characteristic.SECRECY),
                        Set.of(),
                        "He sees her on a home visit agreed with the team.",
                        "Agreed with the team: open, not hidden."),
                correction(
                        3,
                        Set.of(Characteristic.SECRECY),
                        Set.of(Characteristic.SECRECY, Characteristic.ROLE_REVERSAL),
                        "=She looks after him; and nobody may know.",
                        ""),
                correction(
                        4,
                        Set.of(Characteristic.SECRECY),
                        Set.of(Characteristic.SECRECY),
                        "# He hides it after hours.",
                        ""));
        Path file = dir.resolve("corrections.csv");
        Files.writeString(file, EvaluationRows.write(corrections, CorrectionFilter.ANY, Instant.now()));

        List<EvaluationFile.Row> rows = EvaluationFile.read(file);

        assertThat(rows).extracting(EvaluationFile.Row::caseId).containsOnly("mary-after-hours");
        assertThat(rows)
                .extracting(EvaluationFile.Row::labels)
                .containsExactly(
                        Set.of(Characteristic.DOUBLE_BIND),
                        Set.of(),
                        Set.of(Characteristic.ROLE_REVERSAL, Characteristic.SECRECY),
                        Set.of(Characteristic.SECRECY));
        assertThat(rows)
                .extracting(EvaluationFile.Row::text)
                .containsExactly(
                        "Staying hurts and leaving hurts; he has arranged both. So she stays.",
                        "He sees her on a home visit agreed with the team.",
                        " =She looks after him; and nobody may know.",
                        "# He hides it after hours.");
        RationaleEvaluationTest.Scores scores = RationaleEvaluationTest.score(rows);
        assertThat(scores.rows()).isEqualTo(4);
        assertThat(scores.perCharacteristic()).containsOnlyKeys(Characteristic.values());
    }

    @Test
    void the_export_says_what_the_rule_base_read_and_who_read_it_otherwise_in_comment_lines() {
        String export = EvaluationRows.write(
                List.of(correction(
                        1,
                        Set.of(Characteristic.SECRECY),
                        Set.of(),
                        "He sees her on a home visit agreed with the team.",
                        "Agreed with the team:\nopen.")),
                CorrectionFilter.ANY,
                Instant.parse("2026-05-02T09:00:00Z"));
        assertThat(export.lines().filter(l -> !l.startsWith("#")))
                .containsExactly("mary-after-hours;;He sees her on a home visit agreed with the team.");
        assertThat(export)
                .contains(
                        "# judgment 101, segment 6: the rule base (rb-0123456789ab) read SECRECY; corrected by rhea on "
                                + "2026-05-01T10:00:00Z: Agreed with the team: open.\n",
                        "Rows: 1 (1 corrected, 0 confirmed)");
    }
}
