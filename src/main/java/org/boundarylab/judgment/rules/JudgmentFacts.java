package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.facts.CertaintyFact;
import org.boundarylab.judgment.rules.facts.Distractor;
import org.boundarylab.judgment.rules.facts.Expected;
import org.boundarylab.judgment.rules.facts.KnowledgeQuestion;
import org.boundarylab.judgment.rules.facts.Highlight;
import org.boundarylab.judgment.rules.facts.HighlightOnCue;
import org.boundarylab.judgment.rules.facts.KeyFact;
import org.boundarylab.judgment.rules.facts.Marked;
import org.boundarylab.judgment.rules.facts.RationaleMatch;
import org.boundarylab.judgment.rules.facts.SegmentFacts;
import org.boundarylab.judgment.text.RationaleReader;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.PhraseLocator;
import org.boundarylab.vignette.Segment;

/** Maps a segment and a judgment to the input facts of the rule base. */
final class JudgmentFacts {

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

    /** The facts of a knowledge-check answer: the question, what it expects, and what the answer names. */
    static List<Object> ofAnswer(KnowledgeCheck question, String answer, RationaleReader rationaleReader) {
        List<Object> facts = new ArrayList<>();
        facts.add(new KnowledgeQuestion(question.text()));
        for (Characteristic c : Characteristic.values()) {
            facts.add(new Expected(c, question.expects().contains(c)));
        }
        for (var m : rationaleReader.read(answer)) {
            if (m.characteristic() != null) {
                facts.add(new RationaleMatch(m.characteristic(), m.phrase(), m.words(), m.negated()));
            } else if (!m.negated()) {
                facts.add(new Distractor(m.phrase(), m.words()));
            }
        }
        return facts;
    }

    static List<Object> of(Segment segment, Judgment judgment, RationaleReader rationaleReader) {
        List<Object> facts = new ArrayList<>();
        facts.add(new SegmentFacts(segment.id(), segment.showsNoViolation()));
        for (Characteristic c : Characteristic.values()) {
            List<String> cues = segment.cues().getOrDefault(c, List.of());
            facts.add(new KeyFact(c, segment.key().contains(c), cues.isEmpty() ? "" : cues.getFirst()));
        }
        judgment.marked().forEach(c -> facts.add(new Marked(c)));
        if (judgment.confidence() != null) {
            facts.add(new CertaintyFact(judgment.confidence()));
        }
        rationaleReader.read(judgment.rationale()).stream().filter(m -> m.characteristic() != null).forEach(m ->
                facts.add(new RationaleMatch(m.characteristic(), m.phrase(), m.words(), m.negated())));
        if (judgment.evidence().isEmpty()) {
            return facts;
        }
        PhraseLocator text = locator(segment.text());
        for (String highlight : judgment.evidence()) {
            if (highlight.isBlank()) {
                continue;
            }
            facts.add(new Highlight(highlight, text.contains(highlight)));
            for (Map.Entry<Characteristic, List<String>> cues : segment.cues().entrySet()) {
                if (!segment.key().contains(cues.getKey())) {
                    continue;
                }
                for (String cue : cues.getValue()) {
                    if (text.overlap(highlight, cue)) {
                        facts.add(new HighlightOnCue(cues.getKey(), highlight, cue));
                    }
                }
            }
        }
        return facts;
    }
}
