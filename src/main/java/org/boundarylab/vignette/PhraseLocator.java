package org.boundarylab.vignette;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds phrases in a segment's text the way the format defines it: ignoring case and runs of
 * white space. Two located phrases overlap when their spans share at least one word.
 */
public final class PhraseLocator {

    private final String text;
    private final String normalized;
    /** For each char of {@code normalized}, its index in {@code text}. */
    private final int[] originalIndex;
    /** For each char of {@code text}, the number of the word it belongs to, or -1. */
    private final int[] wordAt;
    private final Map<String, BitSet> ownPhraseWords = new ConcurrentHashMap<>();

    public PhraseLocator(String text) {
        this.text = text;
        StringBuilder sb = new StringBuilder(text.length());
        int[] index = new int[text.length()];
        boolean lastWasSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!lastWasSpace) {
                    index[sb.length()] = i;
                    sb.append(' ');
                }
                lastWasSpace = true;
            } else {
                index[sb.length()] = i;
                sb.append(Character.toLowerCase(c));
                lastWasSpace = false;
            }
        }
        this.normalized = sb.toString();
        this.originalIndex = index;
        this.wordAt = new int[text.length()];
        int word = -1;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'';
            if (letter && !inWord) {
                word++;
            }
            inWord = letter;
            wordAt[i] = letter ? word : -1;
        }
    }

    /** A located phrase: character offsets [start, end) in the original text. */
    public record Span(int start, int end) {
    }

    /** Every occurrence of the phrase, in text order; empty when it does not occur. */
    public List<Span> findAll(String phrase) {
        String needle = normalize(phrase);
        List<Span> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        int from = normalized.indexOf(needle);
        while (from >= 0) {
            int end = from + needle.length() - 1;
            spans.add(new Span(originalIndex[from], originalIndex[end] + 1));
            from = normalized.indexOf(needle, from + 1);
        }
        return spans;
    }

    public boolean contains(String phrase) {
        return !findAll(phrase).isEmpty();
    }

    /** True when some occurrence of {@code a} shares a word with some occurrence of {@code b}. */
    public boolean overlap(String a, String b) {
        return wordsOf(a).intersects(wordsOf(b));
    }

    /** The numbers of the words that occurrences of the phrase cover; empty when it does not occur. */
    public BitSet wordsOf(String phrase) {
        BitSet words = new BitSet();
        String needle = normalize(phrase);
        if (needle.isEmpty()) {
            return words;
        }
        for (int from = normalized.indexOf(needle); from >= 0; from = normalized.indexOf(needle, from + 1)) {
            for (int i = originalIndex[from]; i <= originalIndex[from + needle.length() - 1]; i++) {
                if (wordAt[i] >= 0) {
                    words.set(wordAt[i]);
                }
            }
        }
        return words;
    }

    /**
     * As {@link #wordsOf}, remembered: for the few phrases that belong to this text (its cues), which
     * every judgment of the segment looks up again. Not for free input, which would grow the memory.
     * The set returned is shared between threads: read it, never change it.
     */
    public BitSet wordsOfOwnPhrase(String phrase) {
        return ownPhraseWords.computeIfAbsent(phrase, this::wordsOf);
    }

    public String text() {
        return text;
    }

    /** Lower case, runs of white space as one space, trimmed (by hand: this runs per highlight). */
    static String normalize(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
