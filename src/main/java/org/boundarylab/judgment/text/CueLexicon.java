package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;
import org.boundarylab.vignette.Characteristic;

/**
 * The cue lexicon (rules/lexicon.yaml): per characteristic, words and phrases that describe it.
 * Phrases are stemmed once when the rule base loads, never per judgment.
 */
public final class CueLexicon {

    private final List<LexiconPhrase> phrases;

    private CueLexicon(List<LexiconPhrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static CueLexicon parse(String content, String fileName) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        YamlFields root = YamlFields.parse(content, fileName, problems);
        List<LexiconPhrase> phrases = new ArrayList<>();
        for (String key : root.keys()) {
            Characteristic c = Characteristic.fromCode(key).orElse(null);
            if (c == null) {
                root.problem(key, root.lineOf(key), "unknown characteristic");
                continue;
            }
            for (String phrase : root.textList(key)) {
                List<String> stems = StemmedTokens.of(phrase).stream().map(StemmedTokens.Token::stem).toList();
                if (stems.isEmpty()) {
                    root.problem(key, root.lineOf(key), "empty phrase");
                } else {
                    phrases.add(new LexiconPhrase(c, phrase, stems));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CueLexicon(phrases);
    }

    public List<LexiconPhrase> phrases() {
        return phrases;
    }

    public Map<Characteristic, Long> sizes() {
        Map<Characteristic, Long> sizes = new EnumMap<>(Characteristic.class);
        phrases.forEach(p -> sizes.merge(p.characteristic(), 1L, Long::sum));
        return sizes;
    }
}
