package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;
import org.boundarylab.vignette.Characteristic;

/**
 * The cue lexicon (rules/lexicon.yaml): per characteristic, phrases that describe it. Words in a
 * phrase are adjacent unless "..." stands between them (then up to {@value #GAP} other words may);
 * a phrase may use word groups ({@code @care ... @him}: any caring word, then any word for him),
 * defined under {@code groups}, and exclusions ({@code !hiding behind}). Everything is stemmed once
 * when the rule base loads, never per judgment.
 */
public final class CueLexicon {

    static final String GROUPS = "groups";
    /** Concepts a trainee might name that are not one of the four (for the knowledge check). */
    static final String DISTRACTORS = "distractors";
    /** Words that call the moment open or ordinary; they cancel hints, never cues. */
    static final String ORDINARY = "ordinary";

    static final int GAP = 3;
    private final List<LexiconPhrase> phrases;

    private CueLexicon(List<LexiconPhrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static CueLexicon parse(String content, String fileName) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        YamlFields root = YamlFields.parse(content, fileName, problems);
        Map<String, Set<String>> groups = new HashMap<>();
        for (YamlFields.Entry group : root.entries(GROUPS)) {
            Set<String> stems = new LinkedHashSet<>();
            for (String word : group.values()) {
                List<String> wordStems = stems(word);
                if (wordStems.size() == 1) {
                    stems.addAll(wordStems);
                } else {
                    // "after-hours" is two words to the tokenizer: as a group member it would make "after" a cue
                    root.problem(
                            GROUPS + "." + group.name(),
                            group.line(),
                            "\"" + word + "\" is not one word; write it as a phrase");
                }
            }
            groups.put(group.name(), stems);
        }
        List<LexiconPhrase> phrases = new ArrayList<>();
        for (String key : root.keys()) {
            if (key.equals(GROUPS)) {
                continue;
            }
            Characteristic c = Characteristic.fromCode(key).orElse(null);
            if (c == null && !key.equals(DISTRACTORS) && !key.equals(ORDINARY)) {
                root.problem(key, root.lineOf(key), "unknown characteristic (or 'groups', 'ordinary', 'distractors')");
                continue;
            }
            for (String entry : root.textList(key)) {
                LexiconPhrase.Kind kind = kind(c, key, entry);
                String phrase = kind == LexiconPhrase.Kind.EXCLUSION || kind == LexiconPhrase.Kind.HINT
                        ? entry.substring(1).strip()
                        : entry;
                List<Set<String>> positions = new ArrayList<>();
                List<Integer> gaps = new ArrayList<>();
                int gap = 0;
                for (String word : phrase.split("\\s+")) {
                    if (word.equals("...") || word.equals("…")) {
                        gap = GAP;
                        continue;
                    }
                    int before = positions.size();
                    if (word.startsWith("@")) {
                        Set<String> group = groups.get(word.substring(1));
                        if (group == null) {
                            root.problem(
                                    key, root.lineOf(key), "phrase \"" + entry + "\" uses an undefined group " + word);
                        } else {
                            positions.add(group);
                        }
                    } else {
                        stems(word).forEach(s -> positions.add(Set.of(s)));
                    }
                    for (int i = before; i < positions.size(); i++) {
                        gaps.add(i == before ? gap : 0);
                    }
                    gap = 0;
                }
                if (positions.isEmpty()) {
                    root.problem(key, root.lineOf(key), "empty phrase");
                } else {
                    phrases.add(new LexiconPhrase(c, kind, entry, positions, gaps));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CueLexicon(phrases);
    }

    private static LexiconPhrase.Kind kind(Characteristic c, String key, String entry) {
        if (c == null) {
            return key.equals(ORDINARY) ? LexiconPhrase.Kind.ORDINARY : LexiconPhrase.Kind.DISTRACTOR;
        }
        if (entry.startsWith("!")) {
            return LexiconPhrase.Kind.EXCLUSION;
        }
        return entry.startsWith("?") ? LexiconPhrase.Kind.HINT : LexiconPhrase.Kind.CUE;
    }

    private static List<String> stems(String text) {
        return StemmedTokens.of(text).stream().map(StemmedTokens.Token::stem).toList();
    }

    public List<LexiconPhrase> phrases() {
        return phrases;
    }
}
