package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Classifying with a supervisor's reading of the reasoning instead of the reader's
 * ({@code classifyWithReading}): the rationale family decides by the given reading, and every other
 * family decides exactly as it did.
 */
class CorrectedReadingRulesTest {

    private static final String[] RATIONALE_CODES = {"RATIONALE_MISSING", "RATIONALE_CONTRADICTS", "RATIONALE_UNMARKED"
    };

    @ParameterizedTest(name = "{0}: \"{3}\" read [{4}], corrected to [{5}]")
    @CsvFileSource(resources = "/scenarios/corrected-reading.csv", delimiter = ';')
    void the_feedback_follows_the_corrected_reading_and_nothing_else_changes(
            String segment,
            String marked,
            String evidence,
            String rationale,
            String read,
            String reading,
            String feedback) {
        Assessment original = Scenario.judge(segment, marked, evidence, rationale, 2);
        assertThat(original.rationaleDescribes())
                .as("the reader's own reading (the row's premise)")
                .isEqualTo(Scenario.characteristics(read));

        Assessment corrected = corrected(segment, marked, evidence, rationale, Scenario.characteristics(reading));

        assertThat(corrected.rationaleDescribes()).isEqualTo(Scenario.characteristics(reading));
        assertThat(Scenario.feedback(corrected, RATIONALE_CODES)).isEqualTo(Scenario.sorted(feedback));
        assertThat(corrected.outcomes()).isEqualTo(original.outcomes());
        assertThat(corrected.evidence()).isEqualTo(original.evidence());
        assertThat(corrected.score()).isEqualTo(original.score());
        assertThat(corrected.minScore()).isEqualTo(original.minScore());
        assertThat(corrected.maxScore()).isEqualTo(original.maxScore());
        assertThat(withoutRationaleFamily(corrected)).isEqualTo(withoutRationaleFamily(original));
    }

    @Test
    void a_characteristic_the_reader_found_no_words_for_quotes_the_reasoning() {
        String rationale = "Staying hurts and leaving hurts, and he has arranged both.";
        Assessment a = corrected("s6", "SECRECY", null, rationale, Set.of(Characteristic.DOUBLE_BIND));
        FeedbackItem unmarked = a.feedback().stream()
                .filter(f -> f.code().equals("RATIONALE_UNMARKED"))
                .findFirst()
                .orElseThrow();
        assertThat(unmarked.because()).containsEntry("your words", rationale);
        assertThat(unmarked.message()).contains("\"" + rationale + "\"").doesNotContain("{");
    }

    @Test
    void a_long_reasoning_is_quoted_up_to_a_word_with_an_ellipsis() {
        String rationale =
                "Every answer she could give is the wrong one. ".repeat(8).strip();
        Assessment a = corrected("s6", "SECRECY", null, rationale, Set.of(Characteristic.DOUBLE_BIND));
        String words = a.feedback().stream()
                .filter(f -> f.code().equals("RATIONALE_UNMARKED"))
                .findFirst()
                .orElseThrow()
                .because()
                .get("your words");
        assertThat(words).endsWith("\u2026").hasSizeLessThanOrEqualTo(JudgmentFacts.QUOTED_REASONING + 1);
        assertThat(rationale).startsWith(words.substring(0, words.length() - 1));
    }

    @Test
    void a_reading_of_a_judgment_without_reasoning_is_refused() {
        assertThatThrownBy(() -> corrected("s4", "SECRECY", null, "", Set.of(Characteristic.SECRECY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no reasoning", "s4");
        // the empty reading of no reasoning is the reader's own: the reasoning is still missing
        assertThat(Scenario.feedback(corrected("s4", "SECRECY", null, "", Set.of()), RATIONALE_CODES))
                .isEqualTo("RATIONALE_MISSING");
    }

    private static Assessment corrected(
            String segmentId, String marked, String evidence, String rationale, Set<Characteristic> reading) {
        Segment segment = Scenario.MARY.segment(segmentId).orElseThrow();
        Judgment judgment = new Judgment(
                segmentId,
                Scenario.characteristics(marked),
                Scenario.list(evidence),
                rationale == null ? "" : rationale,
                2);
        return Scenario.CLASSIFIER.classifyWithReading(segment, judgment, Scenario.MARY.people(), reading);
    }

    private static List<FeedbackItem> withoutRationaleFamily(Assessment a) {
        return a.feedback().stream()
                .filter(f -> !Set.of(RATIONALE_CODES).contains(f.code()))
                .toList();
    }
}
