package org.boundarylab.protection;

import java.util.OptionalInt;

/**
 * Text that shows what it says. Control characters, direction overrides and other invisible format
 * characters can disguise a name or a case title on every screen it appears on ("Eve" followed by
 * U+202E reads backwards), and unassigned code points render as anything; they are refused in
 * names, titles and texts alike. Multi-line texts may hold line breaks and tabs; some scripts need
 * the zero-width (non-)joiner, so running text may hold those.
 */
public final class PlainText {

    private PlainText() {}

    /** The first code point that may not appear in a one-line name or title, if any. */
    public static OptionalInt hiddenInName(String s) {
        return s.codePoints().filter(cp -> isControlFormatOrUnassigned(cp)).findFirst();
    }

    /** The first code point that may not appear in running text, if any. */
    public static OptionalInt hiddenInText(String s) {
        return s.codePoints()
                .filter(cp -> cp != '\n'
                        && cp != '\r'
                        && cp != '\t'
                        && cp != 0x200C
                        && cp != 0x200D
                        && isControlFormatOrUnassigned(cp))
                .findFirst();
    }

    /** How a refusal names the character: U+202E. */
    public static String describe(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isControlFormatOrUnassigned(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || type == Character.PRIVATE_USE;
    }
}
