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
import org.boundarylab.judgment.text.LexiconPhrase.Kind;
import org.boundarylab.judgment.text.NameRoles;
import org.boundarylab.judgment.text.RationaleReader;
import org.boundarylab.judgment.text.ReadingModel;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.People;
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
    private static final Map<People, NameRoles> NAMES = new ConcurrentHashMap<>();

    /** What was marked, in words, by the bits of the marked characteristics' ordinals (16 texts made once). */
    private static final String[] MARKED = labels("none of these");
    /** What a key with a violation lists, in words, by the same bits. */
    private static final String[] KEY = labels("none of the four");

    private JudgmentFacts() {}

    private static String[] labels(String none) {
        Characteristic[] all = Characteristic.values();
        String[] texts = new String[1 << all.length];
        for (int bits = 0; bits < texts.length; bits++) {
            List<String> names = new ArrayList<>();
            for (Characteristic c : all) {
                if ((bits & 1 << c.ordinal()) != 0) {
                    names.add(c.label().toLowerCase(java.util.Locale.ROOT));
                }
            }
            texts[bits] = names.isEmpty() ? none : String.join(", ", names);
        }
        return texts;
    }

    private static int bits(java.util.Set<Characteristic> characteristics) {
        int bits = 0;
        for (Characteristic c : characteristics) {
            bits |= 1 << c.ordinal();
        }
        return bits;
    }

    /** The key in words; a segment without a violation says what it shows instead. */
    private static String key(Segment segment) {
        if (!segment.key().isEmpty()) {
            return KEY[bits(segment.key())];
        }
        return segment.control() == null
                ? KEY[0]
                : NO_VIOLATION[segment.control().ordinal()];
    }

    private static final String[] NO_VIOLATION = noViolation();

    private static String[] noViolation() {
        org.boundarylab.vignette.Control[] controls = org.boundarylab.vignette.Control.values();
        String[] texts = new String[controls.length];
        for (org.boundarylab.vignette.Control c : controls) {
            texts[c.ordinal()] = "none of the four: " + c.description();
        }
        return texts;
    }

    private static String highlighted(Judgment judgment) {
        List<String> evidence = judgment.evidence();
        if (evidence.isEmpty()) {
            return "";
        }
        List<String> given = new ArrayList<>(evidence.size());
        for (String h : evidence) {
            if (!h.isBlank()) {
                given.add(h);
            }
        }
        return String.join(JOIN, given);
    }

    /** The expert's first cue of each characteristic in the key. */
    private static String firstCues(Segment segment) {
        if (segment.key().isEmpty()) {
            return "";
        }
        List<String> cues = new ArrayList<>(segment.key().size());
        for (Characteristic c : Characteristic.values()) {
            List<String> phrases = segment.key().contains(c) ? segment.cues().get(c) : null;
            if (phrases != null && !phrases.isEmpty()) {
                cues.add(phrases.getFirst());
            }
        }
        return String.join(JOIN, cues);
    }

    /** The case's names as the reader reads them ("Russ" as the therapist); cases are few, so each is worked out once. */
    private static NameRoles names(People people) {
        if (people.isEmpty()) {
            return NameRoles.NONE;
        }
        return NAMES.computeIfAbsent(people, NameRoles::of);
    }

    private static PhraseLocator locator(String text) {
        if (LOCATORS.size() > MAX_LOCATORS) {
            LOCATORS.clear();
        }
        return LOCATORS.computeIfAbsent(text, PhraseLocator::new);
    }

    static List<Object> of(Segment segment, Judgment judgment, People people, RationaleReader rationaleReader) {
        return of(segment, judgment, people, rationaleReader, null);
    }

    /**
     * The facts of a judgment; with a {@code reading}, the reasoning is taken to describe exactly those
     * characteristics (a supervisor's corrected reading), so the rationale family decides by it.
     */
    static List<Object> of(
            Segment segment,
            Judgment judgment,
            People people,
            RationaleReader rationaleReader,
            java.util.Set<Characteristic> reading) {
        RationaleReader.Reading read = rationaleReader.readWithVotes(judgment.rationale(), names(people));
        List<LexiconMatch> matches = read.matches();
        Map<Characteristic, TreeSet<String>> described = wordsByCharacteristic(matches, Kind.CUE, false);
        Map<Characteristic, TreeSet<String>> hinted = wordsByCharacteristic(matches, Kind.HINT, false);
        if (reading != null) {
            described = readingAsCues(reading, described, hinted, judgment);
            hinted = Map.of();
        }
        Map<Characteristic, TreeSet<String>> denied = wordsByCharacteristic(matches, null, true);
        String ordinary = ordinaryWords(matches);
        List<Object> facts = new ArrayList<>(8);
        int highlights = 0;
        for (String highlight : judgment.evidence()) {
            highlights += highlight.isBlank() ? 0 : 1;
        }
        int certainty = judgment.confidence() == null ? 0 : judgment.confidence();
        String markedWords = MARKED[bits(judgment.marked())];
        String keyWords = key(segment);
        facts.add(new SegmentJudgment(
                segment.id(),
                segment.showsNoViolation(),
                certainty,
                highlights,
                segment.control(),
                judgment.rationaleWords(),
                markedWords,
                keyWords,
                highlighted(judgment),
                firstCues(segment)));
        for (Characteristic c : Characteristic.values()) {
            List<String> cues = segment.cues().getOrDefault(c, List.of());
            // a supervisor's corrected reading replaces every reading of the words, the model's too
            ReadingModel.Vote vote =
                    reading != null ? ReadingModel.Vote.NONE : read.votes().getOrDefault(c, ReadingModel.Vote.NONE);
            facts.add(new CharacteristicJudgment(
                    c,
                    segment.key().contains(c),
                    judgment.marked().contains(c),
                    cues.isEmpty() ? "" : cues.getFirst(),
                    joined(described.get(c)),
                    joined(hinted.get(c)),
                    joined(denied.get(c)),
                    ordinary,
                    vote.percent(),
                    vote.words(),
                    markedWords,
                    keyWords));
        }
        addHighlights(segment, judgment, facts);
        return facts;
    }

    /** The longest quotation of the reasoning that stands in for the words of a corrected reading. */
    static final int QUOTED_REASONING = 160;

    /**
     * A supervisor's reading as the rationale family reads words: each characteristic of the reading
     * is described by the reader's own words for it (cues or hints, not under a negation) or, where the
     * reader found none, by the reasoning itself, quoted ("your words" in the feedback); the others
     * by nothing. Denials and ordinary talk stay as read: they are facts about the words, not the reading.
     */
    private static Map<Characteristic, TreeSet<String>> readingAsCues(
            java.util.Set<Characteristic> reading,
            Map<Characteristic, TreeSet<String>> described,
            Map<Characteristic, TreeSet<String>> hinted,
            Judgment judgment) {
        if (!reading.isEmpty() && judgment.rationaleWords() == 0) {
            throw new IllegalArgumentException("Reading: segment " + judgment.segmentId()
                    + " was judged with no reasoning, so there is nothing it could describe");
        }
        Map<Characteristic, TreeSet<String>> words = new EnumMap<>(Characteristic.class);
        for (Characteristic c : reading) {
            TreeSet<String> own = new TreeSet<>();
            own.addAll(described.getOrDefault(c, new TreeSet<>()));
            own.addAll(hinted.getOrDefault(c, new TreeSet<>()));
            if (own.isEmpty()) {
                own.add(quoted(judgment.rationale()));
            }
            words.put(c, own);
        }
        return words;
    }

    /** The reasoning on one line, cut at a word before {@link #QUOTED_REASONING} characters. */
    static String quoted(String rationale) {
        String line = rationale.strip().replaceAll("\\s+", " ");
        if (line.length() <= QUOTED_REASONING) {
            return line;
        }
        int cut = line.lastIndexOf(' ', QUOTED_REASONING);
        return line.substring(0, cut > 0 ? cut : QUOTED_REASONING) + "\u2026";
    }

    /** The facts of a recall-question answer: each characteristic, asked for or not, and what else it names. */
    static List<Object> ofAnswer(KnowledgeCheck question, String answer, RationaleReader rationaleReader) {
        List<LexiconMatch> matches = rationaleReader.read(answer);
        // a recall answer names a characteristic in so many words: hints are about a moment of a case
        Map<Characteristic, TreeSet<String>> named = wordsByCharacteristic(matches, Kind.CUE, false);
        List<Object> facts = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            facts.add(new RecallItem(c, question.expects().contains(c), joined(named.get(c))));
        }
        // one fact per thing named, however many lexicon phrases found the same words
        Map<String, Distractor> distractors = new java.util.LinkedHashMap<>();
        for (LexiconMatch m : matches) {
            if (m.kind() == Kind.DISTRACTOR && !m.negated()) {
                distractors.putIfAbsent(m.words(), new Distractor(m.phrase(), m.words()));
            }
        }
        facts.addAll(distractors.values());
        return facts;
    }

    /** The words of matches of one kind (any kind for null) per characteristic, affirmed or negated, sorted, no repeats. */
    private static Map<Characteristic, TreeSet<String>> wordsByCharacteristic(
            List<LexiconMatch> matches, Kind kind, boolean negated) {
        Map<Characteristic, TreeSet<String>> words = new EnumMap<>(Characteristic.class);
        for (LexiconMatch m : matches) {
            if (m.characteristic() != null && (kind == null || m.kind() == kind) && m.negated() == negated) {
                words.computeIfAbsent(m.characteristic(), c -> new TreeSet<>()).add(m.words());
            }
        }
        return words;
    }

    /** The words calling the moment open or ordinary, not under a negation ("not documented" calls it neither). */
    private static String ordinaryWords(List<LexiconMatch> matches) {
        TreeSet<String> words = null;
        for (LexiconMatch m : matches) {
            if (m.kind() == Kind.ORDINARY && !m.negated()) {
                if (words == null) {
                    words = new TreeSet<>();
                }
                words.add(m.words());
            }
        }
        return joined(words);
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
                            facts.add(new CueOverlap(
                                    highlight, c, cue, cueNumber, h.contentWords(), located.contentWords(), shared));
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
