package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar as a headless scorer: JSON alone on standard output, no log lines, exit codes. */
class ScoreJarIT {

    @TempDir
    Path dir;

    @Test
    void the_jar_scores_responses_with_nothing_but_json_on_standard_output() throws Exception {
        Path responses = Files.writeString(dir.resolve("r.yaml"), """
                responses:
                  - trainee: t01
                    vignette: mary-after-hours
                    judgments:
                      - {segment: s4, marked: [SECRECY], evidence: ["final slot of his day"], confidence: 3}
                """);
        Result r = score("--vignettes", "seeds/vignettes", "--responses", responses.toString());
        assertThat(r.exit).isZero();
        assertThat(r.err).isEmpty();
        var json = JsonMapper.builder().build().readTree(r.out);
        assertThat(json.get("attempts").get(0).get("score").asDouble()).isEqualTo(3.0);
        assertThat(r.out.strip()).startsWith("{").endsWith("}");
        assertThat(r.out.strip().lines()).hasSize(1);
    }

    @Test
    void bad_input_exits_2_with_one_line_on_standard_error() throws Exception {
        Path responses = Files.writeString(
                dir.resolve("r.yaml"), "responses:\n  - trainee: t01\n    vignette: nope\n    judgments: []\n");
        Result r = score("--vignettes", "seeds/vignettes", "--responses", responses.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err.strip().lines()).hasSize(1);
        assertThat(r.err).contains("r.yaml:3: field 'responses[0].vignette': unknown vignette 'nope'");
    }

    @Test
    void help_and_version_print_without_starting_the_server() throws Exception {
        Result help = jar("--help");
        assertThat(help.exit).isZero();
        assertThat(help.out)
                .startsWith("Usage: java -jar boundary-lab.jar")
                .contains("score", "report", "restore", "export", "Exit codes:");
        assertThat(help.out + help.err).doesNotContain("Tomcat", "Started BoundaryLabApplication");
        for (String command : List.of("score", "report", "restore", "export")) {
            Result commandHelp = jar(command, "--help");
            assertThat(commandHelp.exit).as(command).isZero();
            assertThat(commandHelp.out).as(command).startsWith("Usage: java -jar boundary-lab.jar " + command);
        }
        Result version = jar("--version");
        assertThat(version.exit).isZero();
        assertThat(version.out.strip()).matches("Boundary Lab \\d+\\.\\d+\\.\\d+.*");
    }

    record Result(int exit, String out, String err) {}

    private Result score(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("score"));
        all.addAll(List.of(args));
        return jar(all.toArray(String[]::new));
    }

    private Result jar(String... args) throws Exception {
        String jar = System.getProperty("boundarylab.jar", "target/boundary-lab.jar");
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
