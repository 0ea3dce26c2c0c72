package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseLocatorTest {

    final PhraseLocator text = new PhraseLocator("He moves her to the final\n   slot of his day. The Receptionist has gone home.");

    @Test
    void phrases_are_found_ignoring_case_and_runs_of_white_space() {
        assertThat(text.findAll("final slot  of his DAY")).singleElement()
                .satisfies(s -> assertThat(text.text().substring(s.start(), s.end())).isEqualTo("final\n   slot of his day"));
        assertThat(text.contains("the receptionist")).isTrue();
        assertThat(text.contains("evening slot")).isFalse();
    }

    @Test
    void two_phrases_overlap_when_they_share_a_word() {
        assertThat(text.overlap("slot of his day", "his day. The")).isTrue();
        assertThat(text.overlap("moves her", "final slot")).isFalse();
        assertThat(text.overlap("not in the text", "final slot")).isFalse();
    }
}
