package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.boundarylab.judgment.EvidenceVerdict;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.VignetteDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evidence rule over every segment of every seed case, against this test's own small
 * implementation of the rule as the design states it (not the production {@code PhraseLocator}):
 * highlighting only a function word, or the whole segment, is never evidence; highlighting a cue is.
 */
class EvidenceSeedCasesTest {

    /** The design's function words, copied here on their own so that a slip in either copy shows. */
    static final Set<String> FUNCTION_WORDS = Set.of("""
            a about above after again against all am an and any are as at be been before being below between both
            but by can could did do does doing down during each few for from further had has have having he her here
            hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
            of off on once only or other our ours ourselves out over own same she should so some such than that the
            their theirs them themselves then there these they this those through to too under until up very was we
            were what when where which while who whom why will with would you your yours yourself yourselves""".split("\\s+"));

    private static List<Segment> withKey;

    @BeforeAll
    static void load() throws Exception {
        VignetteDirectory.Loaded loaded = VignetteDirectory.load(Path.of("seeds/vignettes"));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.vignettes()).hasSizeGreaterThanOrEqualTo(12);
        withKey = loaded.vignettes().stream()
                .flatMap(v -> v.vignette().segments().stream())
                .filter(s -> !s.key().isEmpty())
                .toList();
        assertThat(withKey).hasSizeGreaterThan(30);
    }

    @Test
    void the_copy_of_the_function_words_is_the_design_list() {
        assertThat(FUNCTION_WORDS).hasSize(125).contains("a", "yourselves", "her", "not");
    }

    @Test
    void a_function_word_alone_is_never_evidence() {
        SoftAssertions soft = new SoftAssertions();
        for (Segment segment : withKey) {
            for (String word : FUNCTION_WORDS) {
                String expected = Design.verdict(segment, List.of(word));
                assertThat(expected).isEqualTo("OFF_TARGET");
                soft.assertThat(judge(segment, word))
                        .as(segment.id() + ": \"" + word + "\"")
                        .isEqualTo(EvidenceVerdict.OFF_TARGET);
            }
        }
        soft.assertAll();
    }

    @Test
    void the_whole_segment_is_never_evidence() {
        SoftAssertions soft = new SoftAssertions();
        for (Segment segment : withKey) {
            assertThat(Design.verdict(segment, List.of(segment.text())))
                    .as(segment.id())
                    .isEqualTo("OFF_TARGET");
            soft.assertThat(judge(segment, segment.text()))
                    .as(segment.id() + ": the whole text")
                    .isEqualTo(EvidenceVerdict.OFF_TARGET);
            soft.assertThat(judge(segment, segment.text().strip().toUpperCase(Locale.ROOT)))
                    .as(segment.id() + ": the whole text in capitals")
                    .isEqualTo(EvidenceVerdict.OFF_TARGET);
        }
        soft.assertAll();
    }

    @Test
    void each_cue_exactly_is_evidence() {
        SoftAssertions soft = new SoftAssertions();
        for (Segment segment : withKey) {
            for (String cue : segment.allCues()) {
                assertThat(Design.verdict(segment, List.of(cue))).as(cue).isEqualTo("CITED");
                soft.assertThat(judge(segment, cue))
                        .as(segment.id() + ": \"" + cue + "\"")
                        .isEqualTo(EvidenceVerdict.CITED);
            }
        }
        soft.assertAll();
    }

    /** Every run of one to eight of a segment's white-space-separated pieces, as it stands in the text. */
    @Test
    void every_short_run_of_the_text_gets_the_designs_verdict() {
        SoftAssertions soft = new SoftAssertions();
        int cited = 0;
        int runs = 0;
        for (Segment segment : withKey) {
            String[] pieces = segment.text().strip().split("\\s+");
            for (int from = 0; from < pieces.length; from++) {
                for (int to = from + 1; to <= Math.min(pieces.length, from + 8); to++) {
                    String highlight = String.join(" ", Arrays.copyOfRange(pieces, from, to));
                    String expected = Design.verdict(segment, List.of(highlight));
                    soft.assertThat(judge(segment, highlight).name())
                            .as(segment.id() + ": \"" + highlight + "\"")
                            .isEqualTo(expected);
                    cited += expected.equals("CITED") ? 1 : 0;
                    runs++;
                }
            }
        }
        soft.assertAll();
        // both verdicts are well represented, so the comparison means something
        assertThat(cited).isGreaterThan(runs / 20).isLessThan(runs / 2);
    }

    private static EvidenceVerdict judge(Segment segment, String highlight) {
        Set<Characteristic> marked = segment.key();
        return Scenario.CLASSIFIER
                .classify(segment, new Judgment(segment.id(), marked, List.of(highlight), "", 2), People.NONE)
                .evidence();
    }

    /** The design's rule, written plainly: sets of word positions, every pair of occurrences. */
    static final class Design {

        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}'’]+");

        static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
            while (m.find()) {
                String w = m.group().replaceAll("^'+|'+$", "");
                if (w.length() >= 2 && w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return words;
        }

        /** The start of each place the phrase's words occur consecutively in the text's words. */
        static List<Integer> occurrences(List<String> text, List<String> phrase) {
            List<Integer> starts = new ArrayList<>();
            for (int s = 0; !phrase.isEmpty() && s + phrase.size() <= text.size(); s++) {
                if (text.subList(s, s + phrase.size()).equals(phrase)) {
                    starts.add(s);
                }
            }
            return starts;
        }

        static Set<Integer> contentPositions(List<String> text, int start, int length) {
            Set<Integer> positions = new HashSet<>();
            for (int p = start; p < start + length; p++) {
                if (!FUNCTION_WORDS.contains(text.get(p))) {
                    positions.add(p);
                }
            }
            return positions;
        }

        static boolean on(List<String> text, List<String> highlight, List<String> cue) {
            for (int h : occurrences(text, highlight)) {
                for (int c : occurrences(text, cue)) {
                    Set<Integer> hs = contentPositions(text, h, highlight.size());
                    Set<Integer> cs = contentPositions(text, c, cue.size());
                    Set<Integer> o = new HashSet<>(hs);
                    o.retainAll(cs);
                    if (!o.isEmpty() && o.size() >= cs.size() / 2.0 && o.size() >= hs.size() / 3.0) {
                        return true;
                    }
                }
            }
            return false;
        }

        static String verdict(Segment segment, List<String> highlights) {
            List<String> text = words(segment.text());
            List<String> given = highlights.stream().filter(h -> !h.isBlank()).toList();
            if (given.isEmpty()) {
                return segment.key().isEmpty() ? "NONE_NEEDED" : "MISSING";
            }
            for (String h : given) {
                for (Characteristic c : segment.key()) {
                    for (String cue : segment.cues().getOrDefault(c, List.of())) {
                        if (on(text, words(h), words(cue))) {
                            return "CITED";
                        }
                    }
                }
            }
            return "OFF_TARGET";
        }
    }
}
