package org.boundarylab.judgment.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.boundarylab.vignette.Characteristic;

/**
 * How strongly a rationale reads like the labelled examples of each characteristic: one logistic
 * regression per characteristic over the rationale's words and word pairs, trained when the rules
 * load from {@code rules/examples/} (reasoning that trainees wrote, each row labelled with what it
 * says). It catches wording the lexicon has no phrase for ("she has turned into his sounding
 * board"); the lexicon keeps what it is good at (negations, ordinary talk, exact phrases). The
 * model only votes: whether a vote counts is decided in {@code rationale.drl}.
 *
 * <p>Words are read as the lexicon reads them (stemmed, the case's names as their roles), and
 * pronouns as the person they stand for in the case ("his" in Mary's case and "her" in Daniel's are
 * both the professional's), or as one word for anyone where the case cannot tell, so that no
 * gender is learnt; the words after a negation are marked as negated. Word pairs and words are hashed into a fixed table: no vocabulary to keep, no string
 * built per word. Training is deterministic (a fixed seed), so the same examples give the same model.
 */
public final class ReadingModel {

    /** One labelled example: its text, the case's names as the reader reads them, and what it says. */
    public record Example(String text, NameRoles names, Set<Characteristic> labels) {}

    /**
     * The model's vote for one characteristic: its probability in whole percent, and the rationale's
     * words that carried it most ("" when the probability is under {@value #WORDS_FROM_PERCENT} %).
     */
    public record Vote(int percent, String words) {
        public static final Vote NONE = new Vote(0, "");
    }

    /** Below this, a vote's words are not worked out: no rule reads them. */
    static final int WORDS_FROM_PERCENT = 50;

    private static final int BITS = 18;
    private static final int MASK = (1 << BITS) - 1;
    private static final int EPOCHS = 40;
    private static final double LEARNING_RATE = 0.3;
    private static final double L2 = 1e-4;
    private static final int NEGATION_SCOPE = 4;
    private static final int NEGATED = 0x5bd1e995;
    private static final String CLAUSE_PUNCTUATION = ".;:!?,()\n";
    private static final Set<String> PRONOUNS = Set.of(
            "he",
            "she",
            "they",
            "him",
            "her",
            "them",
            "hi",
            "hers",
            "their",
            "theirs",
            "himself",
            "herself",
            "themselv",
            "themself");
    private static final String PRONOUN = "@pronoun";
    private static final int WORDS_SHOWN = 3;
    /** Carrying words at most this many words apart are quoted in one piece, the words between them too. */
    private static final int QUOTED_SPAN = 12;

    private static final ReadingModel EMPTY =
            new ReadingModel(new float[Characteristic.values().length][0], new float[Characteristic.values().length]);

    /** Weights by characteristic ordinal, then hashed feature; an empty model has no features. */
    private final float[][] weights;

    private final float[] bias;

    private ReadingModel(float[][] weights, float[] bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** A model that votes nothing (a rules folder with no examples). */
    public static ReadingModel empty() {
        return EMPTY;
    }

    /** Trains on the examples, in their order, shuffled by a fixed seed. */
    public static ReadingModel train(List<Example> examples) {
        if (examples.isEmpty()) {
            return EMPTY;
        }
        List<int[]> features = new ArrayList<>(examples.size());
        for (Example e : examples) {
            List<StemmedTokens.Token> tokens = StemmedTokens.of(e.text());
            features.add(
                    features(e.text(), e.names().isEmpty() ? tokens : e.names().apply(tokens), e.names(), null));
        }
        Characteristic[] all = Characteristic.values();
        float[][] weights = new float[all.length][MASK + 1];
        float[] bias = new float[all.length];
        Random random = new Random(1);
        List<Integer> order = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        for (Characteristic c : all) {
            float[] w = weights[c.ordinal()];
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                Collections.shuffle(order, random);
                for (int i : order) {
                    int[] x = features.get(i);
                    double p = sigmoid(bias[c.ordinal()] + dot(w, x));
                    double step = ((examples.get(i).labels().contains(c) ? 1 : 0) - p) * LEARNING_RATE;
                    bias[c.ordinal()] += (float) step;
                    for (int f : x) {
                        w[f] += (float) (step - L2 * w[f]);
                    }
                }
            }
        }
        return new ReadingModel(weights, bias);
    }

    /** The vote for each characteristic, on tokens already read (stemmed, names as roles). */
    public Map<Characteristic, Vote> vote(String text, List<StemmedTokens.Token> tokens, NameRoles names) {
        Map<Characteristic, Vote> votes = new EnumMap<>(Characteristic.class);
        if (weights[0].length == 0 || tokens.isEmpty()) {
            return votes;
        }
        int[] spans = new int[tokens.size() * 2];
        int[] x = features(text, tokens, names, spans);
        for (Characteristic c : Characteristic.values()) {
            float[] w = weights[c.ordinal()];
            int percent = (int) Math.round(100 * sigmoid(bias[c.ordinal()] + dot(w, x)));
            if (percent > 0) {
                votes.put(
                        c,
                        new Vote(percent, percent >= WORDS_FROM_PERCENT ? carriedBy(text, tokens, x, spans, w) : ""));
            }
        }
        return votes;
    }

    /** The rationale's words whose weights pushed the vote up most, in reading order, "; "-joined. */
    private static String carriedBy(String text, List<StemmedTokens.Token> tokens, int[] x, int[] spans, float[] w) {
        List<Integer> best = new ArrayList<>(WORDS_SHOWN);
        for (int i = 0; i < x.length; i++) {
            if (w[x[i]] <= 0) {
                continue;
            }
            int at = 0;
            while (at < best.size() && w[x[best.get(at)]] >= w[x[i]]) {
                at++;
            }
            if (at < WORDS_SHOWN) {
                best.add(at, i);
                if (best.size() > WORDS_SHOWN) {
                    best.removeLast();
                }
            }
        }
        boolean[] covered = new boolean[tokens.size()];
        for (int i : best) {
            int last = isPair(spans, i) ? ~spans[i] : spans[i];
            covered[last] = true;
            if (isPair(spans, i)) {
                covered[last - 1] = true;
            }
        }
        int first = 0;
        while (first < covered.length && !covered[first]) {
            first++;
        }
        int last = covered.length - 1;
        while (last > first && !covered[last]) {
            last--;
        }
        if (first <= last && last - first < QUOTED_SPAN) {
            // close together, the words are quoted as the trainee wrote them, in one piece
            return text.substring(tokens.get(first).start(), tokens.get(last).end());
        }
        List<String> words = new ArrayList<>(WORDS_SHOWN);
        for (int t = 0; t < tokens.size(); t++) {
            if (covered[t]) {
                int end = t;
                while (end + 1 < tokens.size() && covered[end + 1]) {
                    end++;
                }
                words.add(text.substring(tokens.get(t).start(), tokens.get(end).end()));
                t = end;
            }
        }
        return String.join("; ", words);
    }

    /** Whether feature i is a pair of words (its token and the one before it), not a word. */
    private static boolean isPair(int[] spans, int i) {
        return spans[i] < 0;
    }

    /**
     * The hashed features of the tokens: each word, and each pair of neighbours in one clause; a word
     * within {@value #NEGATION_SCOPE} words after a negation in its clause is a different feature.
     * With {@code spans}, each feature's last token goes at its index, negated (~t) for a pair.
     */
    private static int[] features(String text, List<StemmedTokens.Token> tokens, NameRoles names, int[] spans) {
        int[] x = new int[tokens.size() * 2];
        int n = 0;
        int negatedFor = 0;
        int previous = 0;
        for (int i = 0; i < tokens.size(); i++) {
            StemmedTokens.Token t = tokens.get(i);
            boolean newClause = i == 0 || punctuationBetween(text, tokens.get(i - 1), t);
            if (newClause) {
                negatedFor = 0;
            }
            if (RationaleReader.isNegator(t)) {
                negatedFor = NEGATION_SCOPE + 1;
            }
            int word = PRONOUNS.contains(t.stem())
                    ? pronoun(t.stem(), names).hashCode()
                    : t.stem().hashCode();
            if (negatedFor > 0) {
                word ^= NEGATED;
                negatedFor--;
            }
            if (spans != null) {
                spans[n] = i;
            }
            x[n++] = slot(word);
            if (!newClause) {
                if (spans != null) {
                    spans[n] = ~i;
                }
                x[n++] = slot(previous * 31 + word + 0x9e3779b9);
            }
            previous = word;
        }
        return java.util.Arrays.copyOf(x, n);
    }

    /** A pronoun as the person it stands for in the case, or as any person when the case cannot tell. */
    private static String pronoun(String stem, NameRoles names) {
        String role = names.pronounRole(stem);
        return role == null ? PRONOUN : role;
    }

    private static int slot(int hash) {
        int h = hash * 0x9e3779b1;
        return (h ^ (h >>> 15)) & MASK;
    }

    private static boolean punctuationBetween(String text, StemmedTokens.Token before, StemmedTokens.Token after) {
        for (int i = before.end(); i < after.start(); i++) {
            if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double dot(float[] w, int[] x) {
        double z = 0;
        for (int f : x) {
            z += w[f];
        }
        return z;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
