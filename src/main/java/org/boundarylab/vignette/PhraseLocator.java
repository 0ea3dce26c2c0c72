package org.boundarylab.vignette;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence rule's words, in one place: a segment's text indexed once as words, and the phrases
 * (cues, highlights) located in it. Used by the rule base's facts, by the vignette loader and by
 * the views that mark highlights and cues.
 * <ul>
 * <li><em>words</em>: lower-cased runs of letters, digits and apostrophes ({@code '} or the
 * typographic {@code ’}); outer apostrophes and a trailing {@code 's} dropped ("Russ's" is
 * "russ", "clinicians'" is "clinicians"). Punctuation and white space only separate words.</li>
 * <li>a phrase is <em>located</em> wherever its words occur consecutively in the text's words;
 * every occurrence counts. A phrase without words occurs nowhere.</li>
 * <li><em>function words</em> ({@link #FUNCTION_WORDS}) never count as evidence; every other word
 * is a <em>content word</em>.</li>
 * </ul>
 * What is measured here (content words of a phrase, the content words two occurrences share) is
 * decided on by the rules (rules/evidence.drl). Immutable apart from a cache of its own phrases;
 * safe to share between threads.
 */
public final class PhraseLocator {

    /** The function words of the evidence rule, verbatim from the design. */
    public static final Set<String> FUNCTION_WORDS = Set.of(("a about above after again against all am an and "
                    + "any are as at be been before being below between both but by can could did do does doing "
                    + "down during each few for from further had has have having he her here hers herself him "
                    + "himself his how i if in into is it its itself just me more most my myself no nor not now of "
                    + "off on once only or other our ours ourselves out over own same she should so some such than "
                    + "that the their theirs them themselves then there these they this those through to too under "
                    + "until up very was we were what when where which while who whom why will with would you your "
                    + "yours yourself yourselves")
            .split(" "));

    private static final Located NOWHERE = new Located(new int[0], 0, 0);

    private final String text;
    /** Each word of the text as a number (equal words, equal numbers). */
    private final int[] ids;
    /** Character offsets of each word in the text: [start, end), outer apostrophes left out. */
    private final int[] starts;

    private final int[] ends;
    /** contentBefore[i]: how many of the first i words are content words. */
    private final int[] contentBefore;

    private final Map<String, Integer> idOf;
    private final Map<String, Located> ownPhrases = new ConcurrentHashMap<>();

    public PhraseLocator(String text) {
        this.text = text;
        List<String> words = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        scan(text, (word, start, end) -> {
            words.add(word);
            offsets.add(new int[] {start, end});
        });
        int n = words.size();
        this.ids = new int[n];
        this.starts = new int[n];
        this.ends = new int[n];
        this.contentBefore = new int[n + 1];
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ids[i] = numbers.computeIfAbsent(words.get(i), w -> numbers.size());
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
            contentBefore[i + 1] = contentBefore[i] + (isFunctionWord(words.get(i)) ? 0 : 1);
        }
        this.idOf = Map.copyOf(numbers);
    }

    /**
     * Where a phrase's words occur in the text. Shared (a cue's is cached): read it, never change
     * its array.
     *
     * @param starts       the word position of each occurrence, in text order (empty: the phrase occurs nowhere)
     * @param length       the number of words of the phrase
     * @param contentWords the number of its content words (the same at every occurrence)
     */
    public record Located(int[] starts, int length, int contentWords) {

        public boolean found() {
            return starts.length > 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Located l
                    && Arrays.equals(starts, l.starts)
                    && length == l.length
                    && contentWords == l.contentWords;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(starts) * 31 + length * 7 + contentWords;
        }

        @Override
        public String toString() {
            return "Located" + Arrays.toString(starts) + "x" + length + " (" + contentWords + " content words)";
        }
    }

    /** A located phrase: character offsets [start, end) in the original text. */
    public record Span(int start, int end) {}

    /** The words of a phrase by the evidence rule, in order ("Russ's notes." is [russ, notes]). */
    public static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        scan(phrase, (word, start, end) -> words.add(word));
        return words;
    }

    /** Whether a word (as {@link #words} gives it) is a function word, which never counts as evidence. */
    public static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /** The number of content words of a phrase, wherever it occurs or not. */
    public static int contentWords(String phrase) {
        int[] count = new int[1];
        scan(phrase, (word, start, end) -> count[0] += isFunctionWord(word) ? 0 : 1);
        return count[0];
    }

    /** Where the phrase's words occur consecutively in the text's words. */
    public Located locate(String phrase) {
        Needle needle = new Needle();
        scan(phrase, needle);
        int m = needle.words;
        if (m == 0) {
            return NOWHERE;
        }
        if (needle.unknown) {
            return new Located(NOWHERE.starts(), m, needle.content);
        }
        int[] found = null;
        int count = 0;
        int[] w = needle.ids;
        for (int s = 0; s + m <= ids.length; s++) {
            int k = 0;
            while (k < m && ids[s + k] == w[k]) {
                k++;
            }
            if (k == m) {
                if (found == null) {
                    found = new int[2];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = s;
            }
        }
        return new Located(found == null ? NOWHERE.starts() : Arrays.copyOf(found, count), m, needle.content);
    }

    /** A phrase's words as this text's word numbers, while they are read. */
    private final class Needle implements WordSink {
        int[] ids = new int[8];
        int size;
        int words;
        int content;
        boolean unknown;

        @Override
        public void word(String word, int start, int end) {
            words++;
            if (!isFunctionWord(word)) {
                content++;
            }
            Integer id = idOf.get(word);
            if (id == null) {
                unknown = true;
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /**
     * As {@link #locate}, remembered: for the few phrases that belong to this text (its cues), which
     * every judgment of the segment looks up again. Not for free input, which would grow the memory.
     */
    public Located locateOwn(String phrase) {
        return ownPhrases.computeIfAbsent(phrase, this::locate);
    }

    /**
     * The largest number of content words an occurrence of {@code a} shares with an occurrence of
     * {@code b} (|H ∩ C| of the evidence rule, at its best over their occurrences); 0 when they share none.
     */
    public int sharedContentWords(Located a, Located b) {
        int best = 0;
        for (int as : a.starts()) {
            for (int bs : b.starts()) {
                int lo = Math.max(as, bs);
                int hi = Math.min(as + a.length(), bs + b.length());
                if (lo < hi) {
                    best = Math.max(best, contentBefore[hi] - contentBefore[lo]);
                }
            }
        }
        return best;
    }

    /** Every occurrence of the phrase as characters of the text, in text order; empty when it does not occur. */
    public List<Span> findAll(String phrase) {
        Located located = locate(phrase);
        List<Span> spans = new ArrayList<>(located.starts().length);
        for (int s : located.starts()) {
            spans.add(new Span(starts[s], ends[s + located.length() - 1]));
        }
        return spans;
    }

    /** Whether the phrase is located in the text (its words occur there consecutively). */
    public boolean contains(String phrase) {
        return locate(phrase).found();
    }

    public String text() {
        return text;
    }

    /** Receives each word of a text with its character offsets (outer apostrophes left out). */
    @FunctionalInterface
    private interface WordSink {
        void word(String word, int start, int end);
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Splits a text into the evidence rule's words, by hand (this runs for every highlight). */
    private static void scan(String s, WordSink sink) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !apostrophe(s.charAt(i))) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = s.codePointAt(i);
                if (!Character.isLetterOrDigit(c) && !apostrophe(s.charAt(i))) {
                    break;
                }
                i += Character.charCount(c);
            }
            int a = start;
            int b = i;
            while (a < b && apostrophe(s.charAt(a))) {
                a++;
            }
            while (b > a && apostrophe(s.charAt(b - 1))) {
                b--;
            }
            if (a == b) {
                continue;
            }
            int end = b;
            if (b - a >= 2 && (s.charAt(b - 1) == 's' || s.charAt(b - 1) == 'S') && apostrophe(s.charAt(b - 2))) {
                b -= 2;
            }
            sink.word(normal(s, a, b), a, end);
        }
    }

    private static String normal(String s, int a, int b) {
        String word = s.substring(a, b).toLowerCase(Locale.ROOT);
        return word.indexOf('\u2019') < 0 ? word : word.replace('\u2019', '\'');
    }
}
