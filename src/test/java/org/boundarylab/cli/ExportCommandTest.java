package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: one case as Moodle XML or GIFT, to a file or standard output; bad input exits 2 with one line. */
class ExportCommandTest {

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

    @Test
    void moodle_xml_goes_to_the_out_file() throws Exception {
        Path file = dir.resolve("mary.xml");
        int code = run(
                "export",
                "--vignettes",
                "seeds/vignettes",
                "--id",
                "mary-after-hours",
                "--format",
                "moodle-xml",
                "--out",
                file.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.size()).isZero();
        String xml = Files.readString(file);
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains(
                        "<quiz>",
                        "<question type=\"multichoice\">",
                        "<idnumber>mary-after-hours-s1</idnumber>",
                        "<single>false</single>");
        assertThat(org.boundarylab.export.MoodleImportRules.problems(xml)).isEmpty();
    }

    @Test
    void gift_goes_to_standard_output() {
        int code =
                run("export", "--vignettes", "seeds/vignettes", "--id", "daniel-school-counsellor", "--format", "gift");
        assertThat(code).as(err.toString()).isZero();
        String gift = out.toString(StandardCharsets.UTF_8);
        assertThat(gift).contains("$CATEGORY: $course$/top/Boundary Lab/", "::Daniel", "~%", "####");
        assertThat(err.size()).isZero();
    }

    @Test
    void an_unknown_case_a_wrong_format_or_a_missing_argument_exits_2_with_one_line() {
        assertThat(run("export", "--vignettes", "seeds/vignettes", "--id", "nobody", "--format", "gift"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("seeds/vignettes: field '--id': no case 'nobody' in the folder\n");
        err.reset();
        assertThat(run("export", "--vignettes", "seeds/vignettes", "--id", "mary-after-hours", "--format", "qti"))
                .isEqualTo(2);
        assertThat(err.toString()).isEqualTo("--format: field '--format': must be moodle-xml or gift, got 'qti'\n");
        err.reset();
        assertThat(run("export", "--vignettes", "seeds/vignettes", "--format", "gift"))
                .isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo(
                        "export: Missing required option: '--id=ID' (see java -jar boundary-lab.jar export --help)\n");
        err.reset();
        assertThat(run(
                        "export",
                        "--vignettes",
                        "seeds/vignettes",
                        "--id",
                        "mary-after-hours",
                        "--format",
                        "gift",
                        "--rules",
                        "nowhere"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("nowhere: field '--rules': no readable messages.yaml");
    }
}
