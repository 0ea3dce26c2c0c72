package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.EvidenceVerdict;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.facts.Feedback;
import org.boundarylab.vignette.Characteristic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Family 4 (rules/evidence.drl): highlights against the expert's cues. */
class EvidenceRulesTest {

    private static final Set<String> CODES = Set.of("EVIDENCE_CITED", "EVIDENCE_OFF_TARGET", "EVIDENCE_MISSING");

    /** The message keys of the family, each the reason for its feedback (EVIDENCE_OFF_TARGET.too-broad, ...). */
    private static final List<String> KEYS = List.of(
            "EVIDENCE_CITED",
            "EVIDENCE_MISSING",
            "EVIDENCE_OFF_TARGET.none",
            "EVIDENCE_OFF_TARGET.function-words",
            "EVIDENCE_OFF_TARGET.too-broad",
            "EVIDENCE_OFF_TARGET.too-little",
            "EVIDENCE_OFF_TARGET.wrong-phrase",
            "EVIDENCE_OFF_TARGET.not-found");

    @ParameterizedTest(name = "{0}: highlights [{2}] -> {3}")
    @CsvFileSource(resources = "/scenarios/evidence.csv", delimiter = ';')
    void highlights_are_judged_against_the_cues(
            String segment, String marked, String evidence, String verdict, String feedback, String keys) {
        Assessment a = Scenario.judge(segment, marked, evidence, null, 2);
        assertThat(a.evidence()).isEqualTo(EvidenceVerdict.valueOf(verdict));
        assertThat(Scenario.feedback(a, CODES.toArray(String[]::new))).isEqualTo(Scenario.sorted(feedback));
        if (keys != null) {
            List<String> gave = evidenceFeedback(a).stream()
                    .map(EvidenceRulesTest::messageKey)
                    .sorted()
                    .toList();
            assertThat(gave)
                    .as("the message keys of the evidence feedback")
                    .isEqualTo(Scenario.list(keys).stream().sorted().toList());
        }
    }

    /** Which message of the family an item shows: the key whose text, filled with the item's facts, is its message. */
    private static String messageKey(FeedbackItem item) {
        MessageCatalog messages = Scenario.CLASSIFIER.ruleBase().messages();
        List<String> matching = KEYS.stream()
                .filter(key -> key.startsWith(item.code())
                        && messages.render(new Feedback(item.code(), null, key, item.rule(), item.because()))
                                .equals(item.message()))
                .toList();
        assertThat(matching).as("the message key of " + item.message()).hasSize(1);
        return matching.getFirst();
    }

    @Test
    void why_names_the_highlight_the_cue_and_the_counts() {
        FeedbackItem cited = single(Scenario.judge("s4", "SECRECY", "slot of his day", null, 2));
        assertThat(cited.because())
                .containsExactly(
                        Map.entry("your highlight", "slot of his day"),
                        Map.entry("expert cue", "final slot of his day"),
                        Map.entry("content words", "your highlight has 2 of the cue's 3 (and 2 in all)"));
        assertThat(cited.message()).contains("\"slot of his day\"").contains("\"final slot of his day\"");

        FeedbackItem little = single(Scenario.judge("s4", "SECRECY", "slot", null, 2));
        assertThat(little.because())
                .containsEntry("expert cue", "final slot of his day")
                .containsEntry("content words", "your highlight has 1 of the cue's 3 (and 1 in all)");

        FeedbackItem function = single(Scenario.judge("s4", "SECRECY", "the", null, 2));
        assertThat(function.because())
                .containsExactly(
                        Map.entry("your highlight", "the"),
                        Map.entry("content words", "your highlight has 0, none of them a cue's"));
    }

    @Test
    void a_highlight_on_two_cues_is_praised_for_each_and_a_too_broad_one_is_judged_by_the_cue_it_shares_most_with() {
        // 11 content words, 3 of "final slot of his day" and 3 of "the receptionist has gone home": too broad for both
        FeedbackItem broad = single(Scenario.judge(
                "s4",
                "SECRECY",
                "final slot of his day. By the time she arrives the "
                        + "receptionist has gone home and the other clinicians' doors are dark",
                null,
                2));
        assertThat(broad.because())
                .containsEntry("expert cue", "final slot of his day")
                .containsEntry("content words", "your highlight has 3 of the cue's 3 (and 11 in all)");
        // 6 content words, 2 of each cue: on both
        Assessment both = Scenario.judge(
                "s4", "SECRECY", "slot of his day. By the time she arrives the receptionist has gone", null, 2);
        assertThat(both.evidence()).isEqualTo(EvidenceVerdict.CITED);
        assertThat(evidenceFeedback(both))
                .extracting(f -> f.because().get("expert cue"))
                .containsExactlyInAnyOrder("final slot of his day", "the receptionist has gone home");
        // the whole segment shares most (4) with "meet at his place next time"
        FeedbackItem whole = single(Scenario.judge(
                "s4", "SECRECY", Scenario.MARY.segment("s4").orElseThrow().text(), null, 2));
        assertThat(whole.because())
                .containsEntry("expert cue", "meet at his place next time")
                .containsEntry("content words", "your highlight has 4 of the cue's 4 (and 28 in all)");
    }

    @Test
    void blank_and_repeated_highlights_are_ignored() {
        var s4 = Scenario.MARY.segment("s4").orElseThrow();
        Assessment blank = Scenario.CLASSIFIER.classify(
                s4,
                new Judgment("s4", Set.of(Characteristic.SECRECY), List.of(" ", ""), "", 2),
                Scenario.MARY.people(),
                Scenario.FIRED);
        assertThat(blank.evidence()).isEqualTo(EvidenceVerdict.MISSING);
        Assessment repeated = Scenario.CLASSIFIER.classify(
                s4,
                new Judgment("s4", Set.of(Characteristic.SECRECY), List.of("slot", " ", "slot"), "", 2),
                Scenario.MARY.people(),
                Scenario.FIRED);
        assertThat(repeated.evidence()).isEqualTo(EvidenceVerdict.OFF_TARGET);
        assertThat(evidenceFeedback(repeated)).hasSize(1);
    }

    @Test
    void the_evidence_messages_name_no_one_by_pronoun() throws Exception {
        Pattern pronoun = Pattern.compile("\\b(he|she|him|her|his|hers|himself|herself)\\b", Pattern.CASE_INSENSITIVE);
        List<String> lines = Files.readAllLines(Path.of("rules/messages.yaml")).stream()
                .filter(l -> l.strip().startsWith("EVIDENCE_"))
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines).noneMatch(l -> pronoun.matcher(l).find());
    }

    private static List<FeedbackItem> evidenceFeedback(Assessment a) {
        return a.feedback().stream().filter(f -> CODES.contains(f.code())).toList();
    }

    private static FeedbackItem single(Assessment a) {
        List<FeedbackItem> items = evidenceFeedback(a);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
