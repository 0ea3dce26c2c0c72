package org.boundarylab.vignette;

import java.util.Locale;

/**
 * What a user is looking for in the library; a null or blank criterion matches everything. The
 * text matches title, summary, source, tags and segment text, ignoring case.
 */
public record LibraryFilter(String text, Characteristic characteristic, Integer difficulty, String tag, String author) {

    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null);

    public boolean matches(LibraryEntry entry) {
        Vignette v = entry.vignette();
        return (characteristic == null
                        || v.segments().stream().anyMatch(s -> s.key().contains(characteristic)))
                && (difficulty == null || v.difficulty() == difficulty)
                && (blank(tag) || v.tags().contains(tag))
                && (blank(author) || author.equals(entry.author()))
                && (blank(text) || searchableText(v).contains(text.strip().toLowerCase(Locale.ROOT)));
    }

    private static String searchableText(Vignette v) {
        StringBuilder all = new StringBuilder()
                .append(v.title())
                .append('\n')
                .append(v.summary())
                .append('\n')
                .append(v.source())
                .append('\n')
                .append(String.join(" ", v.tags()));
        v.segments().forEach(s -> all.append('\n').append(s.text()));
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
