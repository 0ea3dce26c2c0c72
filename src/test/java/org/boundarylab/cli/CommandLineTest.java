package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's contract: help, version, usage errors that say what was wrong, and the exit codes. */
class CommandLineTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BoundaryLabCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void commands_and_help_are_the_command_line_and_settings_start_the_server() {
        assertThat(BoundaryLabCli.handles(new String[] {"--help"})).isTrue();
        assertThat(BoundaryLabCli.handles(new String[] {"-h"})).isTrue();
        assertThat(BoundaryLabCli.handles(new String[] {"--version"})).isTrue();
        assertThat(BoundaryLabCli.handles(new String[] {"score", "--help"})).isTrue();
        assertThat(BoundaryLabCli.handles(new String[] {"scroe"})).isTrue();
        assertThat(BoundaryLabCli.handles(new String[] {})).isFalse();
        assertThat(BoundaryLabCli.handles(new String[] {"--server.port=9090", "--boundarylab.data-dir=/srv"}))
                .isFalse();
    }

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains("Usage: java -jar boundary-lab.jar [-hV] [COMMAND]")
                .contains("score")
                .contains("report")
                .contains("restore")
                .contains("Exit codes:")
                .contains("0   done")
                .contains("1   the input was valid but the output could not be written")
                .contains("2   bad input")
                .contains("docs/formats.md");
        assertThat(err()).isEmpty();
    }

    @Test
    void each_command_has_its_own_help() {
        for (String command : new String[] {"score", "report", "restore", "export"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out())
                    .as(command)
                    .startsWith("Usage: java -jar boundary-lab.jar " + command)
                    .contains("Exit codes:");
        }
        out.reset();
        run("score", "--help");
        assertThat(out())
                .contains("--vignettes=DIR")
                .contains("--responses=FILE")
                .contains("--rules=DIR")
                .contains("default: rules");
        out.reset();
        run("report", "--help");
        assertThat(out()).contains("--format=json|csv|pdf").contains("--out=FILE");
        out.reset();
        run("restore", "--help");
        assertThat(out())
                .contains("--backup=FILE")
                .contains("--data-dir=DIR")
                .contains("--key=FILE")
                .contains("--max-script-mb=N");
    }

    @Test
    void version_is_printed_by_the_tool_and_each_command() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("Boundary Lab ");
        out.reset();
        assertThat(run("score", "--version")).isZero();
        assertThat(out()).startsWith("Boundary Lab ");
    }

    @Test
    void an_unknown_command_exits_2_naming_it_and_the_nearest_command() {
        assertThat(run("scroe")).isEqualTo(2);
        assertThat(err().lines().toList())
                .singleElement()
                .asString()
                .contains("'scroe'")
                .contains("did you mean score?")
                .contains("--help");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_unknown_or_missing_option_exits_2_saying_which() {
        assertThat(run(
                        "report",
                        "--vignettes",
                        "seeds/vignettes",
                        "--responses",
                        "r.yaml",
                        "--format",
                        "csv",
                        "--colour",
                        "red"))
                .isEqualTo(2);
        assertThat(err().lines().toList())
                .singleElement()
                .asString()
                .startsWith("report: ")
                .contains("--colour");
        err.reset();
        assertThat(run("restore", "--backup", "b.zip")).isEqualTo(2);
        assertThat(err().lines().toList())
                .singleElement()
                .asString()
                .isEqualTo(
                        "restore: Missing required option: '--data-dir=DIR' (see java -jar boundary-lab.jar restore --help)");
        err.reset();
        assertThat(run("restore", "--backup", "b.zip", "--data-dir", "d", "--max-script-mb", "lots"))
                .isEqualTo(2);
        assertThat(err()).contains("--max-script-mb").contains("'lots'");
    }

    @Test
    void a_report_that_cannot_be_written_exits_1() throws Exception {
        java.nio.file.Path responses = java.nio.file.Files.createTempFile("responses", ".yaml");
        java.nio.file.Files.writeString(responses, ScoreCommandTest.GOOD);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("report-out");
        // --out names a folder: the input is valid, the report cannot be written there
        assertThat(run(
                        "report",
                        "--vignettes",
                        "seeds/vignettes",
                        "--responses",
                        responses.toString(),
                        "--format",
                        "csv",
                        "--out",
                        folder.toString()))
                .isEqualTo(1);
        assertThat(err().lines().toList()).singleElement().asString().startsWith("cannot write the report: ");
    }
}
