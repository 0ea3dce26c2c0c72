package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.facts.CharacteristicJudgment;
import org.boundarylab.judgment.rules.facts.CueOverlap;
import org.boundarylab.judgment.rules.facts.Distractor;
import org.boundarylab.judgment.rules.facts.RecallItem;
import org.boundarylab.judgment.rules.facts.SegmentJudgment;
import org.boundarylab.judgment.rules.facts.StrayHighlight;
import org.boundarylab.judgment.text.LexiconMatch;
import org.boundarylab.judgment.text.RationaleReader;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.PhraseLocator;
import org.boundarylab.vignette.Segment;

/**
 * Maps a segment and a judgment to the input facts of the rule base: one {@link SegmentJudgment}, one
 * {@link CharacteristicJudgment} per characteristic, and the highlights measured against the cues
 * ({@link CueOverlap}, {@link StrayHighlight}). Text work happens here (reading the rationale,
 * locating highlights and cues, counting content words); every decision is left to the rules.
 */
final class JudgmentFacts {

    private static final String JOIN = "; ";
    /** Segment texts are few and reused by every judgment: index each once (bounded, for safety). */
    private static final Map<String, PhraseLocator> LOCATORS = new ConcurrentHashMap<>();
    private static final int MAX_LOCATORS = 10_000;

    private JudgmentFacts() {
    }

    private static PhraseLocator locator(String text) {
        if (LOCATORS.size() > MAX_LOCATORS) {
            LOCATORS.clear();
        }
        return LOCATORS.computeIfAbsent(text, PhraseLocator::new);
    }

    static List<Object> of(Segment segment, Judgment judgment, RationaleReader rationaleReader) {
        List<LexiconMatch> matches = rationaleReader.read(judgment.rationale());
        Map<Characteristic, TreeSet<String>> described = wordsByCharacteristic(matches, false);
        Map<Characteristic, TreeSet<String>> denied = wordsByCharacteristic(matches, true);
        List<Object> facts = new ArrayList<>(8);
        int highlights = 0;
        for (String highlight : judgment.evidence()) {
            highlights += highlight.isBlank() ? 0 : 1;
        }
        int certainty = judgment.confidence() == null ? 0 : judgment.confidence();
        facts.add(new SegmentJudgment(segment.id(), segment.showsNoViolation(), certainty, highlights));
        for (Characteristic c : Characteristic.values()) {
            List<String> cues = segment.cues().getOrDefault(c, List.of());
            facts.add(new CharacteristicJudgment(c, segment.key().contains(c), judgment.marked().contains(c),
                    cues.isEmpty() ? "" : cues.getFirst(), joined(described.get(c)), joined(denied.get(c))));
        }
        addHighlights(segment, judgment, facts);
        return facts;
    }

    /** The facts of a recall-question answer: each characteristic, asked for or not, and what else it names. */
    static List<Object> ofAnswer(KnowledgeCheck question, String answer, RationaleReader rationaleReader) {
        List<LexiconMatch> matches = rationaleReader.read(answer);
        Map<Characteristic, TreeSet<String>> named = wordsByCharacteristic(matches, false);
        List<Object> facts = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            facts.add(new RecallItem(c, question.expects().contains(c), joined(named.get(c))));
        }
        // one fact per thing named, however many lexicon phrases found the same words
        Map<String, Distractor> distractors = new java.util.LinkedHashMap<>();
        for (LexiconMatch m : matches) {
            if (m.characteristic() == null && !m.negated()) {
                distractors.putIfAbsent(m.words(), new Distractor(m.phrase(), m.words()));
            }
        }
        facts.addAll(distractors.values());
        return facts;
    }

    /** The matched words per characteristic, affirmed or negated, sorted and without repeats. */
    private static Map<Characteristic, TreeSet<String>> wordsByCharacteristic(List<LexiconMatch> matches, boolean negated) {
        Map<Characteristic, TreeSet<String>> words = new EnumMap<>(Characteristic.class);
        for (LexiconMatch m : matches) {
            if (m.characteristic() != null && m.negated() == negated) {
                words.computeIfAbsent(m.characteristic(), c -> new TreeSet<>()).add(m.words());
            }
        }
        return words;
    }

    /**
     * The highlights against the cues of the key, measured by the evidence rule's words: a
     * {@link CueOverlap} per highlight and cue that share content words, else a {@link StrayHighlight}
     * (nothing where the key is empty: every highlight there is off target). Blank and repeated
     * highlights are left out.
     */
    private static void addHighlights(Segment segment, Judgment judgment, List<Object> facts) {
        List<String> highlights = judgment.evidence();
        if (highlights.isEmpty() || segment.key().isEmpty()) {
            return;
        }
        PhraseLocator text = locator(segment.text());
        for (int i = 0; i < highlights.size(); i++) {
            String highlight = highlights.get(i);
            if (highlight.isBlank() || highlights.subList(0, i).contains(highlight)) {
                continue;
            }
            PhraseLocator.Located h = text.locate(highlight);
            boolean touches = false;
            if (h.found() && h.contentWords() > 0) {
                int cueNumber = 0;
                for (Characteristic c : Characteristic.values()) {
                    if (!segment.key().contains(c)) {
                        continue;
                    }
                    for (String cue : segment.cues().getOrDefault(c, List.of())) {
                        PhraseLocator.Located located = text.locateOwn(cue);
                        int shared = text.sharedContentWords(h, located);
                        if (shared > 0) {
                            facts.add(new CueOverlap(highlight, c, cue, cueNumber, h.contentWords(),
                                    located.contentWords(), shared));
                            touches = true;
                        }
                        cueNumber++;
                    }
                }
            }
            if (!touches) {
                facts.add(new StrayHighlight(highlight, h.found(), h.contentWords()));
            }
        }
    }

    private static String joined(TreeSet<String> words) {
        return words == null ? "" : String.join(JOIN, words);
    }
}
