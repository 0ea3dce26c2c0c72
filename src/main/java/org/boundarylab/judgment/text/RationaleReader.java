package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lexicon phrases a rationale uses, and whether each stands under a negation.
 *
 * <p>A phrase matches when its stems occur in order within one clause, with at most
 * {@value #MAX_GAP} other words between consecutive ones ("kept the sessions secret" matches
 * "kept secret"). A negation word ("no", "not", "never", "nothing", "without", "-n't", ...) covers
 * the rest of its clause, up to {@value #NEGATION_SCOPE} words; words that belong to the phrase
 * itself (as in "could not refuse") do not negate it.
 */
public final class RationaleReader {

    static final int MAX_GAP = 2;
    static final int NEGATION_SCOPE = 6;

    /** Clause boundaries: punctuation, and words that turn the sentence ("but", "although"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.;:!?,()\\n]|\\b(?:but|although|though|however|whereas|yet|instead)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "nothing", "nobodi", "none", "neither",
            "nor", "without", "cannot", "hardli", "lack", "absent", "noth");
    // "nothing" stems to "noth"; "nobody" to "nobodi"; "hardly" to "hardli"

    private final CueLexicon lexicon;

    public RationaleReader(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<LexiconMatch> read(String rationale) {
        List<LexiconMatch> matches = new ArrayList<>();
        if (rationale == null || rationale.isBlank()) {
            return matches;
        }
        for (String clause : clauses(rationale)) {
            List<StemmedTokens.Token> tokens = StemmedTokens.of(clause);
            for (LexiconPhrase phrase : lexicon.phrases()) {
                int[] at = find(tokens, phrase.stems());
                if (at != null) {
                    boolean underNegation = !phraseHasNegator(phrase) && negatorBefore(tokens, at[0]);
                    int from = underNegation ? negatorIndexBefore(tokens, at[0]) : at[0];
                    String words = clause.substring(tokens.get(from).start(), tokens.get(at[at.length - 1]).end());
                    matches.add(new LexiconMatch(phrase.characteristic(), phrase.phrase(), words, underNegation));
                }
            }
        }
        return matches;
    }

    private static List<String> clauses(String text) {
        List<String> clauses = new ArrayList<>();
        Matcher m = CLAUSE_BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            clauses.add(text.substring(from, m.start()));
            from = m.end();
        }
        clauses.add(text.substring(from));
        return clauses.stream().filter(c -> !c.isBlank()).toList();
    }

    private static boolean negatorBefore(List<StemmedTokens.Token> tokens, int index) {
        return negatorIndexBefore(tokens, index) >= 0;
    }

    /** The nearest negation word before {@code index} within the negation scope, or -1. */
    private static int negatorIndexBefore(List<StemmedTokens.Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - NEGATION_SCOPE); i--) {
            if (isNegator(tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean phraseHasNegator(LexiconPhrase phrase) {
        return phrase.stems().stream().anyMatch(s -> NEGATORS.contains(s) || s.endsWith("n't"));
    }

    private static boolean isNegator(StemmedTokens.Token token) {
        return NEGATORS.contains(token.stem()) || token.surface().endsWith("n't");
    }

    /** Positions of the phrase's stems in order with small gaps, or null. */
    private static int[] find(List<StemmedTokens.Token> tokens, List<String> stems) {
        for (int start = 0; start < tokens.size(); start++) {
            if (!tokens.get(start).stem().equals(stems.getFirst())) {
                continue;
            }
            int[] at = new int[stems.size()];
            at[0] = start;
            int k = 1;
            int pos = start + 1;
            while (k < stems.size() && pos < tokens.size() && pos - at[k - 1] - 1 <= MAX_GAP) {
                if (tokens.get(pos).stem().equals(stems.get(k))) {
                    at[k++] = pos;
                }
                pos++;
            }
            if (k == stems.size()) {
                return at;
            }
        }
        return null;
    }
}
