package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lexicon phrases a rationale uses, and whether each stands under a negation.
 *
 * <p>A phrase matches when its positions occur in order within one clause, adjacent or with the
 * gaps its "..." allow ("kept ... secret" matches "kept the sessions secret"). A negation word ("no", "not", "never", "nothing", "without", "-n't", ...) negates
 * a match that starts within {@value #NEGATION_SCOPE} words after it in the same clause; a phrase
 * that itself contains a negation word ("could not refuse") is not negated, and neither is what
 * follows a negated wish or permission ("doesn't want anyone to find out" is still about secrecy).
 */
public final class RationaleReader {

    static final int NEGATION_SCOPE = 6;

    /** Clause boundaries: punctuation, and words that turn the sentence ("but", "although"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.;:!?,()\\n]|\\b(?:but|although|though|however|whereas|yet|instead)\\b", Pattern.CASE_INSENSITIVE);
    /** Stems of negation words ("nothing" stems to "noth", "nobody" to "nobodi", "hardly" to "hardli"). */
    static final Set<String> NEGATORS = Set.of("no", "not", "never", "noth", "nobodi", "none", "neither",
            "nor", "without", "cannot", "hardli", "lack", "absent");
    /** A negated wish or permission leaves its object standing. */
    private static final Set<String> WISH = Set.of("want", "let", "allow", "wish");

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
            List<int[]> excluded = new ArrayList<>();
            List<LexiconPhrase> excludedFor = new ArrayList<>();
            for (LexiconPhrase phrase : lexicon.phrases()) {
                if (phrase.exclusion()) {
                    int[] at = find(tokens, phrase);
                    if (at != null) {
                        excluded.add(at);
                        excludedFor.add(phrase);
                    }
                }
            }
            for (LexiconPhrase phrase : lexicon.phrases()) {
                if (phrase.exclusion()) {
                    continue;
                }
                int[] at = find(tokens, phrase);
                if (at == null || isExcluded(at, phrase, excluded, excludedFor)) {
                    continue;
                }
                int negator = phrase.containsNegator(NEGATORS) ? -1 : negatorBefore(tokens, at[0]);
                int from = negator >= 0 ? negator : at[0];
                String words = clause.substring(tokens.get(from).start(), tokens.get(at[at.length - 1]).end());
                matches.add(new LexiconMatch(phrase.characteristic(), phrase.phrase(), words, negator >= 0));
            }
        }
        return matches;
    }

    private static boolean isExcluded(int[] at, LexiconPhrase phrase, List<int[]> excluded, List<LexiconPhrase> excludedFor) {
        for (int i = 0; i < excluded.size(); i++) {
            int[] ex = excluded.get(i);
            if (excludedFor.get(i).characteristic() == phrase.characteristic()
                    && at[0] <= ex[ex.length - 1] && ex[0] <= at[at.length - 1]) {
                return true;
            }
        }
        return false;
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

    /** The nearest negation word before {@code index} within the negation scope, or -1. */
    private static int negatorBefore(List<StemmedTokens.Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - NEGATION_SCOPE); i--) {
            if (isNegator(tokens.get(i))) {
                boolean negatesAWish = i + 1 < tokens.size() && WISH.contains(tokens.get(i + 1).stem());
                return negatesAWish ? -1 : i;
            }
        }
        return -1;
    }

    private static boolean isNegator(StemmedTokens.Token token) {
        return NEGATORS.contains(token.stem()) || token.surface().endsWith("n't");
    }

    /** Token indexes of the first match of the phrase, or null. */
    private static int[] find(List<StemmedTokens.Token> tokens, LexiconPhrase phrase) {
        int[] at = new int[phrase.positions().size()];
        for (int start = 0; start < tokens.size(); start++) {
            if (phrase.positions().getFirst().contains(tokens.get(start).stem())) {
                at[0] = start;
                if (extend(tokens, phrase, at, 1)) {
                    return at;
                }
            }
        }
        return null;
    }

    /** Places positions k.. after at[k-1], each within its allowed gap (backtracking over choices). */
    private static boolean extend(List<StemmedTokens.Token> tokens, LexiconPhrase phrase, int[] at, int k) {
        if (k == at.length) {
            return true;
        }
        int last = Math.min(tokens.size() - 1, at[k - 1] + 1 + phrase.gaps().get(k));
        for (int pos = at[k - 1] + 1; pos <= last; pos++) {
            if (phrase.positions().get(k).contains(tokens.get(pos).stem())) {
                at[k] = pos;
                if (extend(tokens, phrase, at, k + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
