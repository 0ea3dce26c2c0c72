package org.boundarylab.operations;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a backup's script.sql into statements and tokens, one statement at a time (a script of
 * any size is never held whole). Restore runs exactly these statements, one by one, so what is
 * checked is what runs: no second parser decides where a statement ends.
 *
 * <p>Only what H2's SCRIPT writes is read; anything where this reading and H2's could differ is
 * refused rather than guessed: block and {@code //} comments (H2 nests {@code /* *}{@code /}),
 * {@code --} comments inside a statement, {@code $$} and backtick quoting, string prefixes other
 * than {@code X}, {@code N} and {@code U&}, characters outside ASCII or other than space, tab and
 * line breaks outside quotes.
 */
final class ScriptStatements {

    enum Kind {
        WORD,
        QUOTED,
        STRING,
        NUMBER,
        SYMBOL
    }

    /** WORD is upper-cased (as H2 folds it); QUOTED is the name; STRING keeps only its prefix. */
    record Token(Kind kind, String text) {

        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    /** A statement without its ';', the line it starts on, and its tokens. */
    record Statement(int line, String sql, List<Token> tokens) {}

    private static final String SYMBOLS = "(),.-+[]=<>*/";
    private final PushbackReader in;
    private final int maxChars;
    private final String shownAs;
    private int line = 1;

    ScriptStatements(Reader in, int maxChars, String shownAs) {
        this.in = new PushbackReader(in, 2);
        this.maxChars = maxChars;
        this.shownAs = shownAs;
    }

    /** The next statement, or null at the end; empty statements (a lone ';') are skipped. */
    Statement next() throws IOException {
        StringBuilder sql = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int start = line;
        while (true) {
            int c = in.read();
            if (c == -1) {
                if (tokens.isEmpty()) {
                    return null;
                }
                throw refused(start, "the script ends inside a statement (no ';'): the file is cut short");
            }
            if (c == ';') {
                if (tokens.isEmpty()) {
                    continue;
                }
                return new Statement(start, sql.toString(), List.copyOf(tokens));
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                if (c == '\n') {
                    line++;
                }
                if (!tokens.isEmpty()) {
                    append(sql, (char) c, start);
                }
                continue;
            }
            if (tokens.isEmpty()) {
                start = line;
            }
            if (c == '-' && peek() == '-') {
                if (!tokens.isEmpty()) {
                    throw refused(line, "a comment inside a statement, which a backup never holds");
                }
                skipLine();
                continue;
            }
            if (c == '/' && (peek() == '*' || peek() == '/')) {
                throw refused(line, "a /* */ or // comment, which a backup never holds");
            }
            append(sql, (char) c, start);
            if (c == '\'') {
                quoted(sql, '\'', start);
                tokens.add(new Token(Kind.STRING, ""));
            } else if (c == '"') {
                tokens.add(new Token(Kind.QUOTED, quoted(sql, '"', start)));
            } else if (isWordStart(c)) {
                tokens.add(word((char) c, sql, start));
            } else if (c >= '0' && c <= '9') {
                tokens.add(number((char) c, sql, start));
            } else if (SYMBOLS.indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf((char) c)));
            } else if (c == '$') {
                throw refused(
                        line,
                        head(tokens)
                                + "$$ quoted text (how CREATE ALIAS carries Java source), which a backup never holds");
            } else {
                throw refused(
                        line,
                        head(tokens) + "the character " + describe(c) + " outside quotes, which a backup never writes");
            }
        }
    }

    /** A word, or a prefixed literal: X'..' and N'..' strings, U&'..' strings and U&".." names. */
    private Token word(char first, StringBuilder sql, int start) throws IOException {
        StringBuilder word = new StringBuilder().append(first);
        for (int c = in.read(); c != -1; c = in.read()) {
            if (!isWordStart(c) && !(c >= '0' && c <= '9')) {
                in.unread(c);
                break;
            }
            word.append((char) c);
            append(sql, (char) c, start);
        }
        String upper = word.toString().toUpperCase(Locale.ROOT);
        int next = peek();
        if (next == '\'') {
            if (!upper.equals("X") && !upper.equals("N")) {
                throw refused(line, "the literal prefix " + word + "'...', which a backup never writes");
            }
            append(sql, (char) in.read(), start);
            quoted(sql, '\'', start);
            return new Token(Kind.STRING, upper);
        }
        if (upper.equals("U") && next == '&') {
            append(sql, (char) in.read(), start);
            int quote = in.read();
            if (quote != '\'' && quote != '"') {
                throw refused(line, "U& not followed by a quote");
            }
            append(sql, (char) quote, start);
            String text = quoted(sql, (char) quote, start);
            if (quote == '"' && text.contains("\\")) {
                // a name spelled with \XXXX escapes could be any name: SCRIPT writes ours plainly
                throw refused(line, "a U&\"...\" name with escapes, which a backup never writes");
            }
            return quote == '\'' ? new Token(Kind.STRING, "U&") : new Token(Kind.QUOTED, text);
        }
        return new Token(Kind.WORD, upper);
    }

    private Token number(char first, StringBuilder sql, int start) throws IOException {
        StringBuilder number = new StringBuilder().append(first);
        boolean exponent = false;
        for (int c = in.read(); c != -1; c = in.read()) {
            boolean sign = (c == '-' || c == '+') && exponent && "Ee".indexOf(number.charAt(number.length() - 1)) >= 0;
            if (!(c >= '0' && c <= '9') && c != '.' && c != 'E' && c != 'e' && !sign) {
                in.unread(c);
                break;
            }
            exponent |= c == 'E' || c == 'e';
            number.append((char) c);
            append(sql, (char) c, start);
        }
        return new Token(Kind.NUMBER, number.toString());
    }

    /** Reads up to the closing quote (a doubled quote is one quote); returns the text inside. */
    private String quoted(StringBuilder sql, char quote, int start) throws IOException {
        StringBuilder text = new StringBuilder();
        int opened = line;
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw refused(opened, "a quote that is never closed");
            }
            if (c == '\n') {
                line++;
            }
            append(sql, (char) c, start);
            if (c == quote) {
                if (peek() != quote) {
                    return quote == '"' ? text.toString() : "";
                }
                append(sql, (char) in.read(), start);
            }
            if (quote == '"') {
                text.append((char) c);
            }
        }
    }

    private void skipLine() throws IOException {
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n' || c == '\r') {
                in.unread(c);
                return;
            }
        }
    }

    private int peek() throws IOException {
        int c = in.read();
        if (c != -1) {
            in.unread(c);
        }
        return c;
    }

    private void append(StringBuilder sql, char c, int start) throws RefusedBackup {
        if (sql.length() >= maxChars) {
            throw refused(start, "a statement longer than " + maxChars + " characters, far more than a backup writes");
        }
        sql.append(c);
    }

    /** The statement's leading words, to name it in a refusal ("CREATE ALIAS ...: "). */
    private static String head(List<Token> tokens) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(2, tokens.size()) && tokens.get(i).kind() == Kind.WORD; i++) {
            head.append(i == 0 ? "" : " ").append(tokens.get(i).text());
        }
        return head.isEmpty() ? "" : head + " ...: ";
    }

    private static boolean isWordStart(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    private static String describe(int c) {
        return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("U+%04X", c);
    }

    RefusedBackup refused(int at, String why) {
        return new RefusedBackup(shownAs + " line " + at + ": refused: " + why + "; nothing was restored");
    }
}
