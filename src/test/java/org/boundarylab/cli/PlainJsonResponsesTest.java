package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON fast path must read exactly what the full reader reads, and leave to it (NotPlain)
 * everything else, so that problems are still named by file, line and field.
 */
class PlainJsonResponsesTest {

    private static Map<String, Vignette> vignettes;

    @BeforeAll
    static void load() throws Exception {
        vignettes = VignetteDirectory.load(Path.of("seeds/vignettes")).byId();
    }

    /** Plain batches: read by the fast path, with the same responses as the full reader. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [
          {"segment": "s1", "marked": [], "evidence": [], "rationale": "Normal admiration.", "confidence": 2},
          {"segment": "s6", "marked": ["DOUBLE_BIND", "SECRECY"], "evidence": ["free to stop", "  it must stay  "],
           "rationale": "  trapped either way  ", "confidence": 3}]}]}
        """,
                // optional fields absent or null, a single text as a one-item list, a blank text as none
                """
        {"responses": [{"trainee": " t2 ", "vignette": "mary-after-hours", "judgments": [
          {"segment": "s2", "marked": "SECRECY", "evidence": "writes the reason", "rationale": null, "confidence": null},
          {"segment": "s3", "marked": "", "evidence": "   "},
          {"segment": "s4", "marked": null, "evidence": null, "rationale": ""}]},
         {"trainee": "t3", "vignette": "mary-after-hours", "judgments": []}]}
        """,
                // fields the scorer does not use are skipped, at every level
                """
        {"cohort": {"name": "spring", "size": [1, 2]}, "responses": [{"lms_id": 7, "trainee": "t4",
          "vignette": "mary-after-hours", "judgments": [{"segment": "s5", "timing": {"seconds": 40.5},
          "marked": ["PROFESSIONAL_PRIVILEGE"], "confidence": 1}]}], "exported": true}
        """
            })
    void plain_batches_are_read_by_the_fast_path_as_the_full_reader_reads_them(String json) throws Exception {
        List<ResponsesReader.Response> fast = new ArrayList<>();
        PlainJsonResponses.read(json, vignettes, fast::add);

        assertThat(fast).isNotEmpty().isEqualTo(full(json));
    }

    /** Anything else goes to the full reader, which decides: refused with its message, or accepted. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s1", "marked": ["SECRET"]}]}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "no-such-case", "judgments": []}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s9"}]}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s1", "confidence": 4}]}]}
        """,
                """
        {"responses": [{"vignette": "mary-after-hours", "judgments": []}]}
        """,
                """
        {"responses": [{"trainee": "", "vignette": "mary-after-hours", "judgments": []}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours"}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s1", "evidence": [3]}]}]}
        """,
                """
        {"responses": {"trainee": "t1"}}
        """,
                """
        {"answers": []}
        """,
                // accepted by the full reader, in ways the fast path leaves to it
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s1", "confidence": "2"}]}]}
        """,
                """
        {"responses": [{"trainee": "t1", "trainee": "t2", "vignette": "mary-after-hours", "judgments": []}]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": [{"segment": "s1",}]},]}
        """,
                """
        {"responses": [{"trainee": "t1", "vignette": "mary-after-hours", "judgments": []}]} {"responses": []}
        """
            })
    void anything_else_is_left_to_the_full_reader(String json) throws Exception {
        assertThatThrownBy(() -> PlainJsonResponses.read(json, vignettes, r -> {}))
                .isInstanceOf(PlainJsonResponses.NotPlain.class);

        Object full;
        try {
            full = full(json);
        } catch (InvalidInputException e) {
            full = e.getMessage();
        }
        Object read;
        try {
            read = ResponsesReader.read(json, "r.json", vignettes);
        } catch (InvalidInputException e) {
            read = e.getMessage();
        }
        assertThat(read).isEqualTo(full);
    }

    private static List<ResponsesReader.Response> full(String json) throws InvalidInputException {
        List<ResponsesReader.Response> responses = new ArrayList<>();
        ResponsesReader.readFully(json, "r.json", vignettes, responses::add, responses::clear);
        return responses;
    }
}
