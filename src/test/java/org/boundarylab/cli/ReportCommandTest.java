package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boundarylab.report.JudgmentCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The headless report: the same scoring as {@code score}, written as JSON, CSV or PDF; bad input as for score. */
class ReportCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BoundaryLabCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path responses() throws Exception {
        return Files.writeString(dir.resolve("responses.yaml"), ScoreCommandTest.GOOD);
    }

    @Test
    void json_has_items_characteristics_and_trainees() throws Exception {
        int code = run(
                "report",
                "--vignettes",
                "seeds/vignettes",
                "--responses",
                responses().toString(),
                "--format",
                "json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("rules").asString()).startsWith("rb-");
        assertThat(root.get("items")).hasSize(3);
        JsonNode item = root.get("items").get(0);
        assertThat(item.get("vignette").asString()).isEqualTo("mary-after-hours");
        assertThat(item.has("facility")).isTrue();
        assertThat(item.has("discrimination")).isTrue();
        JsonNode privilege = root.get("characteristics").get("PROFESSIONAL_PRIVILEGE");
        assertThat(privilege.get("hits").asInt()).isEqualTo(1);
        assertThat(privilege.get("sensitivity").asDouble()).isEqualTo(1.0);
        assertThat(root.get("trainees")).hasSize(2);
        assertThat(root.get("trainees").get(0).get("trainee").asString()).isEqualTo("t01");
        assertThat(root.get("trainees").get(0).has("kappa")).isTrue();
        // each judgment as made, beside its feedback
        JsonNode first = root.get("judgmentList").get(0);
        assertThat(first.get("segment").asString()).isEqualTo("s5");
        assertThat(first.get("marked").get(0).asString()).isEqualTo("PROFESSIONAL_PRIVILEGE");
        assertThat(first.get("rationale").asString())
                .isEqualTo("He used his authority to make exploitation look like care.");
        assertThat(first.get("certainty").asInt()).isEqualTo(2);
        assertThat(first.get("evidence").get(0).asString()).isEqualTo("part of her treatment");
        assertThat(first.get("feedback").size()).isPositive();
        assertThat(root.get("judgmentList")).hasSize(3);
    }

    @Test
    void csv_has_a_header_row_and_one_row_per_judgment() throws Exception {
        int code = run(
                "report",
                "--vignettes",
                "seeds/vignettes",
                "--responses",
                responses().toString(),
                "--format",
                "csv");
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", JudgmentCsv.COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("t01,mary-after-hours,1,s5,PROFESSIONAL_PRIVILEGE,PROFESSIONAL_PRIVILEGE,");
    }

    @Test
    void pdf_goes_to_the_out_file_and_holds_the_trainees_and_scores() throws Exception {
        Path pdf = dir.resolve("cohort.pdf");
        int code = run(
                "report",
                "--vignettes",
                "seeds/vignettes",
                "--responses",
                responses().toString(),
                "--format",
                "pdf",
                "--out",
                pdf.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.size()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Cohort report", "t01", "t02", "Confusion matrix", "Page 1");
        }
    }

    @Test
    void bad_input_exits_2_with_one_line_naming_file_and_field() throws Exception {
        assertThat(run(
                        "report",
                        "--vignettes",
                        "seeds/vignettes",
                        "--responses",
                        responses().toString(),
                        "--format",
                        "xls"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("'--format'")
                .contains("json, csv, pdf")
                .contains("'xls'")
                .hasLineCount(1);
        err.reset();
        assertThat(run(
                        "report",
                        "--vignettes",
                        "seeds/vignettes",
                        "--responses",
                        dir.resolve("missing.yaml").toString(),
                        "--format",
                        "json"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml: field '--responses': file not found");
        err.reset();
        Path bad = Files.writeString(
                dir.resolve("bad.yaml"), ScoreCommandTest.GOOD.replace("PROFESSIONAL_PRIVILEGE]", "PRIVILEGE]"));
        assertThat(run("report", "--vignettes", "seeds/vignettes", "--responses", bad.toString(), "--format", "csv"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("bad.yaml").contains("marked");
    }
}
