package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static final int NEGATION_SCOPE = 7;

    /** Clause boundaries: punctuation, and words that turn the sentence ("but", "although"). */
    private static final String CLAUSE_PUNCTUATION = ".;:!?,()\n";

    private static final Set<String> TURNS =
            Set.of("but", "although", "though", "however", "whereas", "yet", "instead");
    /** Stems of negation words ("nothing" stems to "noth", "nobody" to "nobodi", "hardly" to "hardli"). */
    static final Set<String> NEGATORS = Set.of(
            "no",
            "not",
            "never",
            "noth",
            "nobodi",
            "none",
            "neither",
            "nor",
            "without",
            "cannot",
            "hardli",
            "lack",
            "absent",
            "rather",
            // trainees type "isnt" and "dont" as often as "isn't" and "don't"
            "isnt",
            "arent",
            "wasnt",
            "werent",
            "dont",
            "doesnt",
            "didnt",
            "cant",
            "wont",
            "wouldnt",
            "couldnt",
            "shouldnt",
            "hasnt",
            "havent",
            "hadnt");

    private static final Set<String> ARTICLES = Set.of("a", "the", "any", "every", "her", "his", "their");
    /** A negated wish or permission leaves its object standing. */
    private static final Set<String> WISH = Set.of("want", "let", "allow", "wish");

    /** Phrases by the stems their first word can take, so each word only tries the phrases it can start. */
    private final Map<String, List<LexiconPhrase>> byFirstStem = new HashMap<>();
    /**
     * Phrases whose first two words are adjacent, by their first stem, then their second: most phrases
     * start with a common word ("the", "his", "no"), and this leaves a word only the phrases its
     * neighbour can continue (two lookups, no key built per word).
     */
    private final Map<String, Map<String, List<LexiconPhrase>>> byFirstTwoStems = new HashMap<>();

    /** Phrases with a negation word of their own ("could not refuse"), which no negation before them negates. */
    private final Set<LexiconPhrase> containsNegator = Collections.newSetFromMap(new IdentityHashMap<>());

    private final ReadingModel model;

    /** A rationale's lexicon matches, and the reading model's vote for each characteristic. */
    public record Reading(
            List<LexiconMatch> matches, Map<org.boundarylab.vignette.Characteristic, ReadingModel.Vote> votes) {}

    public RationaleReader(CueLexicon lexicon) {
        this(lexicon, ReadingModel.empty());
    }

    public RationaleReader(CueLexicon lexicon, ReadingModel model) {
        this.model = model;
        for (LexiconPhrase phrase : lexicon.phrases()) {
            if (phrase.containsNegator(NEGATORS)) {
                containsNegator.add(phrase);
            }
            boolean adjacentPair =
                    phrase.positions().size() > 1 && phrase.gaps().get(1) == 0;
            for (String stem : phrase.positions().getFirst()) {
                if (adjacentPair) {
                    for (String second : phrase.positions().get(1)) {
                        byFirstTwoStems
                                .computeIfAbsent(stem, k -> new HashMap<>())
                                .computeIfAbsent(second, k -> new ArrayList<>())
                                .add(phrase);
                    }
                } else {
                    byFirstStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(phrase);
                }
            }
        }
    }

    public List<LexiconMatch> read(String rationale) {
        return read(rationale, NameRoles.NONE);
    }

    /** Reads a rationale about a case whose people have these names ("Russ" read as "therapist"). */
    public List<LexiconMatch> read(String rationale, NameRoles names) {
        List<LexiconMatch> matches = new ArrayList<>();
        if (rationale == null || rationale.isBlank()) {
            return matches;
        }
        readTokens(rationale, tokens(rationale, names), matches);
        return matches;
    }

    /** The lexicon's matches and the model's votes, from one reading of the words. */
    public Reading readWithVotes(String rationale, NameRoles names) {
        if (rationale == null || rationale.isBlank()) {
            return new Reading(List.of(), Map.of());
        }
        List<StemmedTokens.Token> tokens = tokens(rationale, names);
        List<LexiconMatch> matches = new ArrayList<>();
        readTokens(rationale, tokens, matches);
        return new Reading(matches, model.vote(rationale, tokens, names));
    }

    private static List<StemmedTokens.Token> tokens(String rationale, NameRoles names) {
        List<StemmedTokens.Token> all = StemmedTokens.of(rationale);
        return names.isEmpty() ? all : names.apply(all);
    }

    private void readTokens(String rationale, List<StemmedTokens.Token> all, List<LexiconMatch> matches) {
        int from = 0;
        boolean listNegated = false;
        for (int i = 0; i <= all.size(); i++) {
            boolean boundary = i == all.size()
                    || (i > 0 && punctuationBetween(rationale, all.get(i - 1), all.get(i)))
                    || TURNS.contains(all.get(i).surface());
            if (boundary) {
                if (i > from) {
                    boolean endsNegated = readClause(rationale, all.subList(from, i), matches, listNegated);
                    // "no secrecy, role reversal or bind": a negation runs on through a list after a comma
                    listNegated = endsNegated
                            && i < all.size()
                            && !TURNS.contains(all.get(i).surface())
                            && commaBetween(rationale, all.get(i - 1), all.get(i));
                }
                // a turning word ("but") starts the next clause but is no part of any phrase
                from = i < all.size() && TURNS.contains(all.get(i).surface()) ? i + 1 : i;
            }
        }
    }

    /** A phrase found in a clause, at these token positions. */
    private record Found(LexiconPhrase phrase, int[] at) {}

    /**
     * Reads one clause into {@code matches}; true when it ends in a negated match (a list may go on).
     * {@code listNegated}: the clause continues a negated list, so a match at its start is negated too.
     */
    private boolean readClause(
            String text, List<StemmedTokens.Token> tokens, List<LexiconMatch> matches, boolean listNegated) {
        boolean endsNegated = false;
        List<Found> found = new ArrayList<>();
        int[] scratch = new int[16];
        for (int start = 0; start < tokens.size(); start++) {
            String stem = tokens.get(start).stem();
            tryPhrases(tokens, start, byFirstStem.get(stem), found, scratch);
            Map<String, List<LexiconPhrase>> bySecond = byFirstTwoStems.get(stem);
            if (bySecond != null && start + 1 < tokens.size()) {
                tryPhrases(tokens, start, bySecond.get(tokens.get(start + 1).stem()), found, scratch);
            }
        }
        // a clause that continues a negated list ("no secrecy, role reversal or bind") starts with an item of it
        boolean continuesList = listNegated && startsWithMatch(found);
        for (Found match : found) {
            LexiconPhrase phrase = match.phrase();
            int[] at = match.at();
            if (phrase.exclusion() || isExcluded(at, phrase, found)) {
                continue;
            }
            int negator = containsNegator.contains(phrase) ? -1 : negatorBefore(tokens, at[0]);
            int first = negator >= 0 ? negator : at[0];
            boolean negated =
                    negator >= 0 || (continuesList && at[0] < NEGATION_SCOPE && !containsNegator.contains(phrase));
            int last = at[at.length - 1];
            String words =
                    text.substring(tokens.get(first).start(), tokens.get(last).end());
            matches.add(new LexiconMatch(phrase.characteristic(), phrase.kind(), phrase.phrase(), words, negated));
            endsNegated |= negated && last >= tokens.size() - 1;
        }
        return endsNegated;
    }

    private static boolean startsWithMatch(List<Found> found) {
        for (Found f : found) {
            if (!f.phrase().exclusion() && f.at()[0] <= 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(String text, StemmedTokens.Token before, StemmedTokens.Token after) {
        return text.substring(before.end(), after.start()).strip().equals(",");
    }

    private static void tryPhrases(
            List<StemmedTokens.Token> tokens,
            int start,
            List<LexiconPhrase> phrases,
            List<Found> found,
            int[] scratch) {
        if (phrases == null) {
            return;
        }
        for (LexiconPhrase phrase : phrases) {
            int size = phrase.positions().size();
            int[] at = size <= scratch.length ? scratch : new int[size];
            at[0] = start;
            if (!alreadyFound(phrase, found) && extend(tokens, phrase, at, 1)) {
                // the positions are kept: a copy of the scratch array, made only for a match
                found.add(new Found(phrase, java.util.Arrays.copyOf(at, size)));
            }
        }
    }

    /** By identity, in the few found so far: hashing a phrase record would hash all its stems. */
    private static boolean alreadyFound(LexiconPhrase phrase, List<Found> found) {
        for (Found f : found) {
            if (f.phrase() == phrase) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExcluded(int[] at, LexiconPhrase phrase, List<Found> found) {
        for (Found other : found) {
            int[] ex = other.at();
            if (other.phrase().exclusion()
                    && other.phrase().characteristic() == phrase.characteristic()
                    && at[0] <= ex[ex.length - 1]
                    && ex[0] <= at[at.length - 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean punctuationBetween(String text, StemmedTokens.Token before, StemmedTokens.Token after) {
        for (int i = before.end(); i < after.start(); i++) {
            char c = text.charAt(i);
            // a dash between spaces parts clauses ("no role reversal - the trap is ..."), a hyphen in a word does not
            boolean dash = c == '\u2013'
                    || c == '\u2014'
                    || (c == '-'
                            && i > before.end()
                            && i + 1 < after.start()
                            && Character.isWhitespace(text.charAt(i - 1))
                            && Character.isWhitespace(text.charAt(i + 1)));
            if (CLAUSE_PUNCTUATION.indexOf(c) >= 0 || dash) {
                return true;
            }
        }
        return false;
    }

    /** The nearest negation word before {@code index} within the negation scope, or -1. */
    private static int negatorBefore(List<StemmedTokens.Token> tokens, int index) {
        for (int i = index - 1; i >= Math.max(0, index - NEGATION_SCOPE); i--) {
            // "a no that gets turned into a symptom": after an article, "no" is a noun
            boolean noun = i > 0
                    && tokens.get(i).surface().equals("no")
                    && ARTICLES.contains(tokens.get(i - 1).surface());
            // "far from secret"
            boolean farFrom = i > 0
                    && tokens.get(i).surface().equals("from")
                    && tokens.get(i - 1).surface().equals("far");
            if ((isNegator(tokens.get(i)) && !noun) || farFrom) {
                boolean negatesAWish =
                        i + 1 < tokens.size() && WISH.contains(tokens.get(i + 1).stem());
                return negatesAWish ? -1 : i;
            }
        }
        return -1;
    }

    static boolean isNegator(StemmedTokens.Token token) {
        return NEGATORS.contains(token.stem()) || token.surface().endsWith("n't");
    }

    /** Places positions k.. after at[k-1], each within its allowed gap (backtracking over choices). */
    private static boolean extend(List<StemmedTokens.Token> tokens, LexiconPhrase phrase, int[] at, int k) {
        if (k == phrase.positions().size()) {
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
