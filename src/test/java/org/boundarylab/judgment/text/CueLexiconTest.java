package org.boundarylab.judgment.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boundarylab.base.InvalidInputException;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    @Test
    void a_group_member_of_two_words_is_refused_with_its_line() {
        String yaml = "groups:\n  late: [evening, after-hours]\nSECRECY:\n  - \"@late session\"\n";
        assertThatThrownBy(() -> CueLexicon.parse(yaml, "lexicon.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lexicon.yaml:2")
                .hasMessageContaining("\"after-hours\" is not one word");
    }

    @Test
    void hints_exclusions_and_ordinary_talk_are_told_apart() throws Exception {
        CueLexicon lexicon = CueLexicon.parse(
                "SECRECY:\n  - secret\n  - \"?home visit\"\n  - \"!secret fears\"\n"
                        + "ordinary:\n  - documented\ndistractors:\n  - transference\n",
                "lexicon.yaml");
        assertThat(lexicon.phrases())
                .extracting(LexiconPhrase::kind)
                .containsExactly(
                        LexiconPhrase.Kind.CUE,
                        LexiconPhrase.Kind.HINT,
                        LexiconPhrase.Kind.EXCLUSION,
                        LexiconPhrase.Kind.ORDINARY,
                        LexiconPhrase.Kind.DISTRACTOR);
        RationaleReader reader = new RationaleReader(lexicon);
        assertThat(reader.read("A home visit, documented."))
                .extracting(LexiconMatch::kind)
                .containsExactlyInAnyOrder(LexiconPhrase.Kind.HINT, LexiconPhrase.Kind.ORDINARY);
        assertThat(reader.read("She shares her secret fears.")).isEmpty();
        assertThat(reader.read("It was kept secret."))
                .extracting(LexiconMatch::characteristic)
                .containsExactly(Characteristic.SECRECY);
    }

    @Test
    void a_negation_runs_on_through_a_list_but_not_past_a_turn() throws Exception {
        RationaleReader reader = new RationaleReader(CueLexicon.parse(
                "SECRECY:\n  - secrecy\nROLE_REVERSAL:\n  - role reversal\nDOUBLE_BIND:\n  - bind\n", "lexicon.yaml"));
        assertThat(reader.read("No secrecy, role reversal or bind."))
                .allMatch(LexiconMatch::negated)
                .hasSize(3);
        assertThat(reader.read("No secrecy, but role reversal."))
                .filteredOn(m -> !m.negated())
                .extracting(LexiconMatch::characteristic)
                .containsExactly(Characteristic.ROLE_REVERSAL);
        assertThat(reader.read("It isnt secrecy.")).allMatch(LexiconMatch::negated);
    }
}
