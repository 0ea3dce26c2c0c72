package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The evidence rule's words (docs/formats.md, "The evidence rule"). */
class PhraseLocatorTest {

    final PhraseLocator text =
            new PhraseLocator("He moves her to the final\n   slot of his day. The Receptionist has gone home.");

    @Test
    void words_are_lower_cased_runs_of_letters_digits_and_apostrophes() {
        assertThat(PhraseLocator.words("Russ's 50-minute hour, the CLIENTS' notes; don't 'stop' now!"))
                .containsExactly("russ", "50", "minute", "hour", "the", "clients", "notes", "don't", "stop", "now");
        assertThat(PhraseLocator.words("Russ’s ‘don’t’")).containsExactly("russ", "don't");
        assertThat(PhraseLocator.words("'s ''  ... --")).containsExactly("s");
        assertThat(PhraseLocator.words("RUSS'S it's O'Brien's")).containsExactly("russ", "it", "o'brien");
        assertThat(PhraseLocator.words("café naïve 3rd")).containsExactly("café", "naïve", "3rd");
    }

    @Test
    void a_possessive_is_its_owner() {
        PhraseLocator russ = new PhraseLocator("Mary looks after Russ's feelings.");
        assertThat(russ.contains("Russ")).isTrue();
        assertThat(russ.contains("russ's FEELINGS")).isTrue();
        assertThat(russ.contains("Russ feelings")).isTrue();
        assertThat(russ.findAll("Russ")).singleElement().satisfies(s -> assertThat(
                        russ.text().substring(s.start(), s.end()))
                .isEqualTo("Russ's"));
    }

    @Test
    void phrases_are_found_ignoring_case_punctuation_and_runs_of_white_space() {
        assertThat(text.findAll("final slot  of his DAY")).singleElement().satisfies(s -> assertThat(
                        text.text().substring(s.start(), s.end()))
                .isEqualTo("final\n   slot of his day"));
        assertThat(text.contains("day the receptionist")).isTrue();
        assertThat(text.contains("day, the  receptionist!")).isTrue();
        assertThat(text.contains("evening slot")).isFalse();
    }

    @Test
    void only_whole_words_in_their_order_are_located() {
        assertThat(text.contains("ecept")).isFalse();
        assertThat(text.contains("final slo")).isFalse();
        assertThat(text.contains("slot final")).isFalse();
        assertThat(text.contains("final of his day")).isFalse();
        assertThat(text.contains("...")).isFalse();
        assertThat(text.contains("")).isFalse();
    }

    @Test
    void every_occurrence_counts() {
        PhraseLocator twice = new PhraseLocator("The door is shut. Later the door is open, and the DOOR stays open.");
        assertThat(twice.locate("the door").starts()).containsExactly(0, 5, 10);
        assertThat(twice.findAll("door is")).hasSize(2);
        assertThat(twice.locate("the door").contentWords()).isEqualTo(1);
        // shared words are shared places: the same words elsewhere in the text are not
        assertThat(twice.sharedContentWords(twice.locate("door stays open"), twice.locate("door is open")))
                .isZero();
        assertThat(twice.sharedContentWords(twice.locate("door"), twice.locate("the door is open")))
                .isEqualTo(1);
        assertThat(twice.sharedContentWords(twice.locate("later the door is open"), twice.locate("door is open")))
                .isEqualTo(2);
    }

    @Test
    void function_words_are_not_content_words() {
        assertThat(PhraseLocator.FUNCTION_WORDS).hasSize(125).contains("the", "he", "her", "no", "not", "yourselves");
        assertThat(PhraseLocator.contentWords("He told her the contact was part of her treatment"))
                .isEqualTo(4);
        assertThat(PhraseLocator.contentWords("of his")).isZero();
        assertThat(text.locate("of his").contentWords()).isZero();
        assertThat(text.locate("of his").found()).isTrue();
    }

    @Test
    void shared_content_words_are_those_of_overlapping_occurrences() {
        PhraseLocator.Located cue = text.locate("final slot of his day");
        assertThat(cue.contentWords()).isEqualTo(3);
        assertThat(text.sharedContentWords(text.locate("slot of his day. The"), cue))
                .isEqualTo(2);
        assertThat(text.sharedContentWords(text.locate("his day"), cue)).isEqualTo(1);
        assertThat(text.sharedContentWords(text.locate("of his"), cue)).isZero();
        assertThat(text.sharedContentWords(text.locate("receptionist has gone"), cue))
                .isZero();
    }

    @Test
    void a_highlight_not_in_the_text_is_located_nowhere_and_shares_nothing() {
        PhraseLocator.Located nowhere = text.locate("the final slot of her day");
        assertThat(nowhere.found()).isFalse();
        assertThat(nowhere.contentWords()).isEqualTo(3);
        assertThat(text.sharedContentWords(nowhere, text.locate("final slot of his day")))
                .isZero();
        assertThat(text.findAll("final slot of her day")).isEmpty();
    }
}
