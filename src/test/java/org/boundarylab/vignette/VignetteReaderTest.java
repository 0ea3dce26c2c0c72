package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VignetteReaderTest {

    static final Path MARY = Path.of("seeds/vignettes/mary-after-hours.yaml");

    static String mary() throws Exception {
        return Files.readString(MARY);
    }

    @Test
    void marys_case_loads_with_all_four_characteristics_and_a_segment_without_violation() throws Exception {
        Vignette v = VignetteReader.read(mary(), "mary-after-hours.yaml");
        assertThat(v.segments()).hasSizeGreaterThanOrEqualTo(5);
        Set<Characteristic> shown =
                v.segments().stream().flatMap(s -> s.key().stream()).collect(Collectors.toSet());
        assertThat(shown).isEqualTo(EnumSet.allOf(Characteristic.class));
        assertThat(v.segments()).anyMatch(Segment::showsNoViolation);
        assertThat(v.source()).contains("Peterson");
        for (Segment s : v.segments()) {
            assertThat(s.explanation()).isNotBlank();
            s.key().forEach(c -> assertThat(s.cues().get(c)).isNotEmpty());
        }
    }

    /**
     * Each row: a line of Mary's file replaced by another (a written backslash-n starts a new line);
     * the problem must name its line and field.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown characteristic in a key  | key: [SECRECY]                                    | key: [SECRET]                          | segments[3].key        | unknown characteristic 'SECRET'
            a cue not in its segment's text  | - "it must stay in this room"                     | - "it must stay in the car"            | segments[5].cues.SECRECY | does not occur in the segment's text
            a cue that ends inside a word    | - "it must stay in this room"                     | - "it must stay in this ro"            | segments[5].cues.SECRECY | does not occur in the segment's text
            a cue of only function words     | - "it must stay in this room"                     | - "in this"                            | segments[5].cues.SECRECY | has only function words
            a duplicate segment id           | - id: s3                                          | - id: s2                               | segments[2].id          | duplicate segment id 's2'
            an unknown field                 | key: [PROFESSIONAL_PRIVILEGE]                     | notes: none                             | segments[4].notes       | unknown field
            an id that is not the file name  | id: mary-after-hours                              | id: mary-late                           | id                      | must equal the file name
            difficulty out of range          | difficulty: 2                                     | difficulty: 7                           | difficulty              | from 1 to 3
            an unknown control kind          | control: crossing                                 | control: harmless                       | segments[1].control     | must be normal-imbalance or crossing
            a control beside a violation     | key: [ROLE_REVERSAL]                              | key: [ROLE_REVERSAL]\\n    control: crossing | segments[2].control | describes a segment without a violation
            pronouns that are not she he they | client: {name: Mary, pronouns: she}              | client: {name: Mary, pronouns: her}    | people.client.pronouns | must be she, he or they, got 'her'
            a person without pronouns        | professional: {name: Russ, pronouns: he}          | professional: {name: Russ}             | people.professional.pronouns | is missing
            a person without a name          | client: {name: Mary, pronouns: she}               | client: {pronouns: she}                | people.client.name     | is missing
            an unknown person in people      | professional: {name: Russ, pronouns: he}          | therapist: {name: Russ, pronouns: he}  | people.therapist       | unknown field (known: client, professional)
            an unknown field of a person     | client: {name: Mary, pronouns: she}               | client: {name: Mary, pronouns: she, age: 34} | people.client.age | unknown field (known: name, pronouns)
            a tag outside the dimensions     | tags: [role, time, place, physical-contact, language] | tags: [role, scheduling]          | tags                   | is not a boundary dimension
            """)
    void a_bad_file_is_rejected_naming_its_file_line_and_field(
            String what, String line, String replacement, String field, String message) throws Exception {
        String original = mary();
        int lineNumber = lineOf(original, line.strip());
        String inserted = replacement.strip().replace("\\n", "\n");
        int lastInsertedLine = lineNumber + (int) inserted.lines().count() - 1;
        String broken = original.replaceFirst(
                java.util.regex.Pattern.quote(line.strip()), java.util.regex.Matcher.quoteReplacement(inserted));
        assertThatThrownBy(() -> VignetteReader.read(broken, "mary-after-hours.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InputProblem p = e.problems().stream()
                            .filter(x -> x.field().equals(field))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no problem for " + field + " in " + e.problems()));
                    assertThat(p.file()).isEqualTo("mary-after-hours.yaml");
                    assertThat(p.message()).contains(message);
                    assertThat(p.line()).isBetween(lineNumber - 3, lastInsertedLine);
                    assertThat(p.describe())
                            .startsWith("mary-after-hours.yaml:" + p.line() + ": field '" + field + "'");
                });
    }

    @Test
    void a_cue_is_located_by_its_words_whatever_the_case_and_punctuation() throws Exception {
        String loose = mary().replace("- \"it must stay in this room\"", "- \"It must stay, in this ROOM\"");
        assertThat(loose).isNotEqualTo(mary());
        Vignette v = VignetteReader.read(loose, "mary-after-hours.yaml");
        assertThat(v.segment("s6").orElseThrow().cues().get(Characteristic.SECRECY))
                .containsExactly("It must stay, in this ROOM");
    }

    @Test
    void people_name_the_client_and_the_professional_with_their_pronouns_and_either_may_be_left_out() throws Exception {
        assertThat(VignetteReader.read(mary(), "mary-after-hours.yaml").people())
                .isEqualTo(new People(new Person("Mary", Pronouns.SHE), new Person("Russ", Pronouns.HE)));
        String professionalOnly = mary().replace("  client: {name: Mary, pronouns: she}\n", "");
        assertThat(VignetteReader.read(professionalOnly, "mary-after-hours.yaml")
                        .people())
                .isEqualTo(new People(null, new Person("Russ", Pronouns.HE)));
        String they = mary().replace(
                        "  client: {name: Mary, pronouns: she}\n",
                        "  client:\n    name: Sam Ortiz\n    pronouns: they\n")
                .replace("  professional: {name: Russ, pronouns: he}\n", "");
        assertThat(VignetteReader.read(they, "mary-after-hours.yaml").people())
                .isEqualTo(new People(new Person("Sam Ortiz", Pronouns.THEY), null));
        String none = mary().replaceFirst("people:\n(  .*\n)+", "");
        assertThat(none).doesNotContain("people:");
        assertThat(VignetteReader.read(none, "mary-after-hours.yaml").people()).isEqualTo(People.NONE);
    }

    @Test
    void people_with_nobody_in_it_is_refused() throws Exception {
        String empty = mary().replaceFirst("people:\n(  .*\n)+", "people: {}\n");
        assertThatThrownBy(() -> VignetteReader.read(empty, "mary-after-hours.yaml"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                                .contains("field 'people'", "must name the client, the professional or both")));
    }

    @Test
    void a_segment_without_a_key_is_refused() throws Exception {
        String broken = mary().replace("    key: [ROLE_REVERSAL]\n", "");
        assertThatThrownBy(() -> VignetteReader.read(broken, "mary-after-hours.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.field().equals("segments[2].key")
                                && p.message().startsWith("is missing")));
    }

    @Test
    void text_that_is_not_yaml_is_refused_with_its_line() {
        assertThatThrownBy(() -> VignetteReader.read("id: x\ntitle: [unclosed\n", "x.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("(document)");
                    assertThat(e.problems().getFirst().message()).startsWith("not valid YAML or JSON");
                    assertThat(e.problems().getFirst().line()).isPositive();
                });
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("fixture line not found: " + needle);
    }
}
