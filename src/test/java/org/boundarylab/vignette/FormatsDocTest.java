package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/formats.md is the public contract of the files: every field the vignette loader accepts is
 * documented in its section, and every field a table documents is one the loader accepts.
 */
class FormatsDocTest {

    static final String DOC = read();

    private static String read() {
        try {
            return Files.readString(Path.of("docs/formats.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text from a heading to the next heading of the same or a higher level. */
    private static String section(String heading) {
        int start = DOC.indexOf("\n" + heading + "\n");
        assertThat(start).as("docs/formats.md has the heading " + heading).isNotNegative();
        int level = heading.indexOf(' ');
        Matcher next = Pattern.compile("\n#{1," + level + "} ").matcher(DOC);
        int end = next.find(start + heading.length() + 1) ? next.start() : DOC.length();
        return DOC.substring(start, end);
    }

    /** The fields a section's table lists: the first cell of each row, as `name`. */
    private static Set<String> tableFields(String section) {
        Set<String> fields = new TreeSet<>();
        Matcher row = Pattern.compile("\n\\| `([a-z]+)` \\|").matcher(section);
        while (row.find()) {
            fields.add(row.group(1));
        }
        return fields;
    }

    @Test
    void every_top_level_field_is_in_the_table_and_nothing_more() {
        assertThat(tableFields(section("### Top-level fields")))
                .containsExactlyInAnyOrderElementsOf(VignetteReader.KNOWN_FIELDS);
    }

    @Test
    void every_segment_field_is_in_the_table_and_nothing_more() {
        assertThat(tableFields(section("### Segments")))
                .containsExactlyInAnyOrderElementsOf(VignetteReader.KNOWN_SEGMENT_FIELDS);
    }

    @Test
    void people_and_the_question_name_every_field() {
        String people = section("### `people`");
        for (String field : union(VignetteReader.KNOWN_PEOPLE_FIELDS, VignetteReader.KNOWN_PERSON_FIELDS)) {
            assertThat(people).as("people documents " + field).contains("`" + field + "`");
        }
        String question = section("### `question`");
        for (String field : VignetteReader.QUESTION_FIELDS) {
            assertThat(question).as("question documents " + field).contains("`" + field + "`");
        }
    }

    @Test
    void every_responses_field_is_documented() {
        String responses = section("## Responses files");
        for (String field : List.of(
                "responses",
                "trainee",
                "vignette",
                "judgments",
                "segment",
                "marked",
                "evidence",
                "rationale",
                "confidence")) {
            assertThat(responses).as("responses documents " + field).containsPattern("(`|\\b)" + field + "(`|:)");
        }
    }

    @Test
    void the_example_file_it_points_to_loads() throws Exception {
        Path example = Path.of("seeds/vignettes/mary-after-hours.yaml");
        assertThat(DOC).contains("(../" + example + ")");
        assertThat(VignetteReader.read(
                                Files.readString(example), example.getFileName().toString())
                        .id())
                .isEqualTo("mary-after-hours");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
