package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The headless scorer's contract: JSON on standard output and exit 0, or exit 2 and one line naming file and field. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    Path vignettes;
    Path rules;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String GOOD = """
            responses:
              - trainee: t01
                vignette: mary-after-hours
                judgments:
                  - segment: s5
                    marked: [PROFESSIONAL_PRIVILEGE]
                    evidence: ["part of her treatment"]
                    rationale: "He used his authority to make exploitation look like care."
                    confidence: 2
                  - segment: s1
                    marked: []
              - trainee: t02
                vignette: mary-after-hours
                judgments:
                  - segment: s6
                    marked: [SECRECY]
                    rationale: "there was no secrecy"
                    confidence: 3
            """;

    @BeforeEach
    void copyFixtures() throws Exception {
        vignettes = Files.createDirectory(dir.resolve("vignettes"));
        Files.copy(Path.of("seeds/vignettes/mary-after-hours.yaml"), vignettes.resolve("mary-after-hours.yaml"));
        rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void good_responses_are_scored_as_one_json_document_and_exit_0() throws Exception {
        int code = run(write("responses.yaml", GOOD));
        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        JsonNode root = JsonMapper.builder().build().readTree(out());
        assertThat(names(root)).containsExactly("rules", "attempts");
        assertThat(root.get("rules").asString()).startsWith("rb-");
        JsonNode first = root.get("attempts").get(0);
        assertThat(names(first)).containsExactly("trainee", "vignette", "score", "maxScore", "judgments");
        assertThat(first.get("score").asDouble())
                .isEqualTo(3.0); // s5 certain-ish and right: +2; s1 none, no certainty: 1
        assertThat(first.get("maxScore").asDouble()).isEqualTo(4.0);
        JsonNode s5 = first.get("judgments").get(0);
        assertThat(names(s5))
                .containsExactly("segment", "outcomes", "rationaleDescribes", "evidence", "score", "feedback");
        assertThat(s5.get("outcomes").toString())
                .isEqualTo(
                        "{\"ROLE_REVERSAL\":\"CORRECT_REJECTION\","
                                + "\"PROFESSIONAL_PRIVILEGE\":\"HIT\",\"DOUBLE_BIND\":\"CORRECT_REJECTION\",\"SECRECY\":\"CORRECT_REJECTION\"}");
        assertThat(s5.get("rationaleDescribes").toString()).isEqualTo("[\"PROFESSIONAL_PRIVILEGE\"]");
        assertThat(s5.get("evidence").asString()).isEqualTo("CITED");
        assertThat(names(s5.get("feedback").get(0))).containsExactly("code", "characteristic", "message");
        JsonNode s6 = root.get("attempts").get(1).get("judgments").get(0);
        assertThat(s6.get("outcomes").get("DOUBLE_BIND").asString()).isEqualTo("MISS");
        assertThat(s6.get("rationaleDescribes").isEmpty()).isTrue();
        assertThat(s6.get("feedback").toString()).contains("RATIONALE_CONTRADICTS", "OVERCONFIDENT_ERROR");
        // no reasoning: RATIONALE_MISSING (given reasoning, none); feedback names Mary's case's people
        JsonNode s1 = first.get("judgments").get(1);
        assertThat(s1.get("feedback").findValuesAsString("code")).contains("CORRECT_NONE", "RATIONALE_MISSING");
        assertThat(s5.get("feedback").findValuesAsString("code")).doesNotContain("RATIONALE_MISSING");
        assertThat(s1.get("feedback").toString()).contains("Mary's trust or admiration and Russ's authority");
    }

    @Test
    void json_responses_are_accepted_as_well_as_yaml() {
        String json = "{\"responses\": [{\"trainee\": \"t09\", \"vignette\": \"mary-after-hours\", "
                + "\"judgments\": [{\"segment\": \"s4\", \"marked\": [\"SECRECY\"], \"confidence\": 1}]}]}";
        assertThat(run(write("responses.json", json))).isZero();
        assertThat(out()).contains("\"trainee\":\"t09\"", "\"SECRECY\":\"HIT\"");
    }

    @Test
    void a_large_batch_reads_the_same_as_json_or_yaml_and_keeps_its_order() {
        // 150 responses: several chunks scored on different threads, while the file is still being read
        StringBuilder yaml = new StringBuilder("responses:\n");
        List<String> json = new java.util.ArrayList<>();
        for (int t = 0; t < 150; t++) {
            String marked = t % 3 == 0 ? "[]" : t % 3 == 1 ? "[\"SECRECY\"]" : "[\"SECRECY\", \"DOUBLE_BIND\"]";
            String rationale = t % 2 == 0 ? "Nothing is hidden." : "She cannot say no without losing her therapy.";
            yaml.append("  - trainee: t")
                    .append(t)
                    .append("\n    vignette: mary-after-hours\n    judgments:\n")
                    .append("      - {segment: s6, marked: ")
                    .append(marked)
                    .append(", evidence: [\"free to stop\"], rationale: \"")
                    .append(rationale)
                    .append("\", confidence: ")
                    .append(1 + t % 3)
                    .append("}\n");
            json.add("{\"trainee\": \"t" + t
                    + "\", \"vignette\": \"mary-after-hours\", \"judgments\": [{\"segment\": \"s6\", "
                    + "\"marked\": " + marked + ", \"evidence\": [\"free to stop\"], \"rationale\": \"" + rationale
                    + "\", \"confidence\": " + (1 + t % 3) + "}]}");
        }
        assertThat(run(write("batch.yaml", yaml.toString()))).isZero();
        String fromYaml = out();
        out.reset();
        assertThat(run(write("batch.json", "{\"responses\": [\n" + String.join(",\n", json) + "\n]}")))
                .isZero();
        assertThat(out()).isEqualTo(fromYaml);
        JsonNode attempts = JsonMapper.builder().build().readTree(fromYaml).get("attempts");
        assertThat(attempts).hasSize(150);
        for (int t = 0; t < 150; t++) {
            assertThat(attempts.get(t).get("trainee").asString()).isEqualTo("t" + t);
        }
    }

    @Test
    void a_problem_at_the_end_of_a_large_batch_leaves_standard_output_empty() {
        // 3,000 responses scored and written (held back) while they are read; the last one is wrong
        List<String> json = new java.util.ArrayList<>();
        for (int t = 0; t < 3_000; t++) {
            json.add(
                    "{\"trainee\": \"t" + t + "\", \"vignette\": \"mary-after-hours\", \"judgments\": [{\"segment\": \""
                            + (t == 2_999 ? "s9" : "s6") + "\", \"marked\": [\"SECRECY\"], \"confidence\": 2}]}");
        }
        assertBad(
                run(write("batch.json", "{\"responses\": [\n" + String.join(",\n", json) + "\n]}")),
                "batch.json:3001: field 'responses[2999].judgments[0].segment'",
                "unknown segment 's9'");
    }

    @Test
    void a_problem_in_json_names_its_line() {
        String json =
                "{\"responses\": [\n  {\"trainee\": \"t1\", \"vignette\": \"mary-after-hours\", \"judgments\": [\n"
                        + "    {\"segment\": \"s4\", \"marked\": [\"SECRECY\"]}\n  ]},\n"
                        + "  {\"trainee\": \"t2\", \"vignette\": \"mary-after-hours\", \"judgments\": [\n"
                        + "    {\"segment\": \"s4\",\n     \"marked\": [\"SECRET\"]}\n  ]}\n]}";
        assertBad(
                run(write("responses.json", json)),
                "responses.json:7: field 'responses[1].judgments[0].marked'",
                "unknown characteristic 'SECRET'");
    }

    @Test
    void json_that_only_yaml_accepts_is_read_once() {
        // a trailing comma: Jackson refuses it, SnakeYAML reads it; the attempt must not be scored twice
        String json = "{\"responses\": [{\"trainee\": \"t1\", \"vignette\": \"mary-after-hours\", "
                + "\"judgments\": [{\"segment\": \"s4\", \"marked\": [\"SECRECY\"]}]},]}";
        assertThat(run(write("responses.json", json))).isZero();
        assertThat(JsonMapper.builder().build().readTree(out()).get("attempts")).hasSize(1);
    }

    @Test
    void yaml_read_item_by_item_still_resolves_anchors_across_responses() {
        String yaml = """
                responses:
                  - trainee: t1
                    vignette: mary-after-hours
                    judgments: &same
                      - {segment: s4, marked: [SECRECY], confidence: 1}
                  - trainee: t2
                    vignette: mary-after-hours
                    judgments: *same
                """;
        assertThat(run(write("responses.yaml", yaml))).isZero();
        JsonNode attempts = JsonMapper.builder().build().readTree(out()).get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).get("judgments")).isEqualTo(attempts.get(0).get("judgments"));
    }

    @Test
    void a_second_yaml_document_exits_2() {
        assertBad(
                run(write("responses.yaml", GOOD + "---\nresponses: []\n")),
                "responses.yaml:19",
                "found another document");
    }

    @Test
    void malformed_json_exits_2_naming_file_and_line() {
        assertBad(
                run(write(
                        "responses.json", "{\"responses\": [\n  {\"trainee\": \"t1\",\n   \"vignette\" \"mary\"}\n]}")),
                "responses.json:3",
                "not valid YAML or JSON");
    }

    @Test
    void a_missing_responses_file_exits_2_naming_it() {
        assertBad(run(dir.resolve("nowhere.yaml")), "nowhere.yaml", "--responses");
    }

    @Test
    void a_file_that_is_not_yaml_or_json_exits_2_naming_file_and_line() {
        assertBad(
                run(write("responses.yaml", "responses:\n  - trainee: [t01\n")),
                "responses.yaml:",
                "not valid YAML or JSON");
    }

    @Test
    void an_unknown_characteristic_exits_2_naming_the_field() {
        assertBad(
                run(write("responses.yaml", GOOD.replace("[PROFESSIONAL_PRIVILEGE]", "[PRIVILEGE]"))),
                "responses.yaml:6: field 'responses[0].judgments[0].marked'",
                "unknown characteristic 'PRIVILEGE'");
    }

    @Test
    void an_unknown_vignette_exits_2_naming_the_field() {
        assertBad(
                run(write("responses.yaml", GOOD.replaceFirst("vignette: mary-after-hours", "vignette: john"))),
                "field 'responses[0].vignette'",
                "unknown vignette 'john'");
    }

    @Test
    void an_unknown_segment_exits_2_naming_the_field() {
        assertBad(
                run(write("responses.yaml", GOOD.replace("segment: s5", "segment: s99"))),
                "field 'responses[0].judgments[0].segment'",
                "unknown segment 's99'");
    }

    @Test
    void a_rule_file_that_does_not_compile_exits_2_naming_the_drl() throws Exception {
        Files.writeString(
                rules.resolve("evidence.drl"),
                Files.readString(rules.resolve("evidence.drl")).replace("then", "than"));
        assertBad(run(write("responses.yaml", GOOD)), "evidence.drl", "");
    }

    @Test
    void rules_that_leave_a_judgment_unscored_exit_2_before_any_output() throws Exception {
        Files.delete(rules.resolve("scoring.drl"));
        assertBad(run(write("responses.yaml", GOOD)), rules.toString(), "do not classify every judgment completely");
    }

    @Test
    void a_bad_vignette_beside_good_ones_is_named_on_stderr_and_the_rest_are_scored() throws Exception {
        Files.writeString(vignettes.resolve("broken.yaml"), "id: broken\ntitle: x\n");
        assertThat(run(write("responses.yaml", GOOD))).isZero();
        assertThat(err()).contains("broken.yaml").contains("field 'source'");
        assertThat(out()).contains("\"trainee\":\"t01\"");
    }

    @Test
    void wrong_arguments_exit_2_with_one_line_saying_what_was_wrong() {
        assertThat(BoundaryLabCli.run(new String[] {"score", "--vignettes"}, print(out), print(err)))
                .isEqualTo(2);
        assertThat(err().lines().toList())
                .containsExactly(
                        "score: Missing required parameter for option '--vignettes' (DIR) (see java -jar boundary-lab.jar score --help)");
        assertThat(out()).isEmpty();
    }

    private void assertBad(int code, String names, String says) {
        assertThat(code).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).contains(names).contains(says);
    }

    private int run(Path responses) {
        return BoundaryLabCli.run(
                new String[] {
                    "score",
                    "--vignettes",
                    vignettes.toString(),
                    "--responses",
                    responses.toString(),
                    "--rules",
                    rules.toString()
                },
                print(out),
                print(err));
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
