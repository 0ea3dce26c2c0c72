package org.boundarylab.judgment.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Pronouns;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadingModelTest {

    private static final Path EXAMPLES = Path.of("rules/examples");
    private static List<ReadingModel.Example> examples;
    private static ReadingModel model;

    @BeforeAll
    static void train() throws Exception {
        examples = examples();
        model = ReadingModel.train(examples);
    }

    private static List<ReadingModel.Example> examples() throws Exception {
        Map<String, NameRoles> people = ReadingExamples.people(
                Files.readString(EXAMPLES.resolve(ReadingExamples.PEOPLE)), ReadingExamples.PEOPLE);
        List<ReadingModel.Example> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path f : files.sorted().toList()) {
                if (!f.getFileName().toString().equals(ReadingExamples.PEOPLE)) {
                    all.addAll(ReadingExamples.parse(
                            Files.readString(f), f.getFileName().toString(), people));
                }
            }
        }
        return all;
    }

    private static int percent(ReadingModel m, String text, NameRoles names, Characteristic c) {
        List<StemmedTokens.Token> tokens = StemmedTokens.of(text);
        return m.vote(text, names.isEmpty() ? tokens : names.apply(tokens), names)
                .getOrDefault(c, ReadingModel.Vote.NONE)
                .percent();
    }

    @Test
    void the_same_examples_train_the_same_model() {
        ReadingModel again = ReadingModel.train(examples);
        String text = "She has turned into his sounding board and worries about his moods.";
        NameRoles mary = NameRoles.of("Russ", "Mary", Pronouns.HE, Pronouns.SHE);
        for (Characteristic c : Characteristic.values()) {
            assertThat(percent(again, text, mary, c)).isEqualTo(percent(model, text, mary, c));
        }
    }

    @Test
    void pronouns_are_read_as_the_people_they_stand_for_so_no_gender_is_learnt() {
        NameRoles mary = NameRoles.of("Russ", "Mary", Pronouns.HE, Pronouns.SHE);
        NameRoles daniel = NameRoles.of("Ms Okafor", "Daniel", Pronouns.SHE, Pronouns.HE);
        String aboutRuss = "She spends the hour soothing him about his divorce.";
        String aboutOkafor = "He spends the hour soothing her about her divorce.";
        assertThat(percent(model, aboutRuss, mary, Characteristic.ROLE_REVERSAL))
                .isEqualTo(percent(model, aboutOkafor, daniel, Characteristic.ROLE_REVERSAL))
                .isGreaterThanOrEqualTo(70);
        // the client talking about the client's own problems is therapy, whoever the client is
        assertThat(percent(model, "She tells her counsellor about her problems.", mary, Characteristic.ROLE_REVERSAL))
                .isEqualTo(percent(
                        model, "He tells his counsellor about his problems.", daniel, Characteristic.ROLE_REVERSAL))
                .isLessThan(50);
    }

    @Test
    void two_people_with_the_same_pronouns_are_not_told_apart() {
        NameRoles same = NameRoles.of("Ms Novak", "Ms Lee", Pronouns.SHE, Pronouns.SHE);
        assertThat(same.tellsPronounsApart()).isFalse();
        assertThat(same.pronounRole("her")).isNull();
        NameRoles apart = NameRoles.of("Ms Novak", "Mr Haddad", Pronouns.SHE, Pronouns.HE);
        assertThat(apart.pronounRole("hi")).isEqualTo("client"); // "his", stemmed
        assertThat(apart.pronounRole("herself")).isEqualTo("therapist");
    }

    @Test
    void a_negation_changes_what_the_words_say() {
        NameRoles mary = NameRoles.of("Russ", "Mary", Pronouns.HE, Pronouns.SHE);
        assertThat(percent(model, "Mary has become the one who looks after Russ.", mary, Characteristic.ROLE_REVERSAL))
                .isGreaterThan(percent(
                        model,
                        "Mary has not become the one who looks after Russ.",
                        mary,
                        Characteristic.ROLE_REVERSAL));
    }

    @Test
    void a_vote_names_the_words_that_carried_it() {
        NameRoles mary = NameRoles.of("Russ", "Mary", Pronouns.HE, Pronouns.SHE);
        String text = "Honestly the hour has become his outlet.";
        ReadingModel.Vote vote =
                model.vote(text, mary.apply(StemmedTokens.of(text)), mary).get(Characteristic.ROLE_REVERSAL);
        assertThat(vote.percent()).isGreaterThanOrEqualTo(ReadingModel.WORDS_FROM_PERCENT);
        assertThat(vote.words()).isNotBlank();
        for (String words : vote.words().split("; ")) {
            assertThat(text).contains(words);
        }
    }

    @Test
    void a_model_without_examples_votes_nothing() {
        assertThat(ReadingModel.train(List.of())
                        .vote("She looks after him.", StemmedTokens.of("She looks after him."), NameRoles.NONE))
                .isEmpty();
    }

    @Test
    void an_examples_row_that_is_not_one_is_refused_with_its_file_and_line() {
        assertThatThrownBy(() ->
                        ReadingExamples.parse("# comment\nmary-after-hours;SECRECY\n", "examples/x.csv", Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("examples/x.csv:2");
        assertThatThrownBy(() -> ReadingExamples.people("mary;Russ;Mary;him;she\n", "examples/people.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("examples/people.csv:1")
                .hasMessageContaining("pronouns");
    }

    @Test
    void the_examples_people_are_the_seed_cases_people() throws Exception {
        Map<String, NameRoles> people = ReadingExamples.people(
                Files.readString(EXAMPLES.resolve(ReadingExamples.PEOPLE)), ReadingExamples.PEOPLE);
        try (Stream<Path> seeds = Files.list(Path.of("seeds/vignettes"))) {
            for (Path seed : seeds.toList()) {
                String id = seed.getFileName().toString().replace(".yaml", "");
                NameRoles fromSeed = NameRoles.of(VignetteReader.read(
                                Files.readString(seed), seed.getFileName().toString())
                        .people());
                assertThat(people.get(id)).as(id).isEqualTo(fromSeed);
            }
        }
    }
}
