package org.boundarylab.operations;

import java.util.List;
import java.util.Set;
import org.boundarylab.operations.ScriptStatements.Kind;
import org.boundarylab.operations.ScriptStatements.Statement;
import org.boundarylab.operations.ScriptStatements.Token;

/**
 * The statements H2's SCRIPT writes for this app's schema, and nothing else: settings, the
 * database user, schemas, sequences, tables, constraints, indexes, comments and INSERTs of plain
 * values. Anything else (CREATE ALIAS, CALL, RUNSCRIPT, LINKED tables, triggers, SELECT ...) and
 * any function call is refused with the line it is on; file and link functions are named.
 * A schema change that makes SCRIPT write something new fails {@code StatementAllowListTest}'s
 * real backup first, so this list is widened knowingly.
 */
final class StatementAllowList {

    /** Functions that read or write files, or reach other databases: named in the refusal. */
    static final Set<String> FILE_AND_LINK_FUNCTIONS =
            Set.of("FILE_READ", "FILE_WRITE", "CSVREAD", "CSVWRITE", "LINK_SCHEMA");
    /** Words that run code, read files or hide a query; a backup holds none outside a string. */
    static final Set<String> FORBIDDEN_WORDS = Set.of(
            "SELECT",
            "CALL",
            "ALIAS",
            "AGGREGATE",
            "TRIGGER",
            "LINKED",
            "ENGINE",
            "RUNSCRIPT",
            "SCRIPT",
            "EXECUTE",
            "JAVA_OBJECT",
            "OTHER");
    /** Settings SCRIPT writes that change nothing outside the database. */
    static final Set<String> SETTINGS = Set.of(
            "DB_CLOSE_DELAY",
            "WRITE_DELAY",
            "DEFAULT_LOCK_TIMEOUT",
            "DEFAULT_TABLE_TYPE",
            "CACHE_SIZE",
            "MAX_MEMORY_ROWS",
            "MAX_MEMORY_UNDO",
            "MAX_OPERATION_MEMORY",
            "MAX_LENGTH_INPLACE_LOB",
            "LOCK_MODE");
    /** Words a '(' may follow that are syntax, not a call: types, IDENTITY(...), KEY(...), VALUES (...). */
    private static final Set<String> SYNTAX_BEFORE_PARENTHESIS = Set.of(
            "VARYING",
            "CHARACTER",
            "CHAR",
            "VARCHAR",
            "VARCHAR_IGNORECASE",
            "BINARY",
            "VARBINARY",
            "NUMERIC",
            "DECIMAL",
            "DEC",
            "DECFLOAT",
            "FLOAT",
            "TIMESTAMP",
            "TIME",
            "SECOND",
            "OBJECT",
            "IDENTITY",
            "KEY",
            "DISTINCT",
            "UNIQUE",
            "CHECK",
            "ENUM",
            "IN",
            "AND",
            "OR",
            "NOT",
            "VALUES");
    /** Words after which a name followed by '(' is a table and its columns. */
    private static final Set<String> BEFORE_TABLE = Set.of("TABLE", "EXISTS", "REFERENCES", "ON", "INTO");
    /** What an INSERT's values may hold: literals, NULL, TRUE, typed literals such as TIMESTAMP '...'. */
    private static final Set<String> LITERAL_WORDS = Set.of(
            "NULL",
            "TRUE",
            "FALSE",
            "UNKNOWN",
            "DATE",
            "TIME",
            "TIMESTAMP",
            "WITH",
            "WITHOUT",
            "ZONE",
            "INTERVAL",
            "YEAR",
            "MONTH",
            "DAY",
            "HOUR",
            "MINUTE",
            "SECOND",
            "TO",
            "UUID",
            "JSON",
            "ARRAY");

    private static final Set<String> LITERAL_SYMBOLS = Set.of("(", ")", ",", "-", "+", "[", "]");

    private final ScriptStatements script;

    StatementAllowList(ScriptStatements script) {
        this.script = script;
    }

    /** Refuses the statement, naming its line, unless it is one SCRIPT writes. */
    void check(Statement s) throws RefusedBackup {
        List<Token> t = s.tokens();
        if (!allowedKind(t)) {
            throw script.refused(s.line(), kind(t) + " is not a statement a backup holds");
        }
        for (int i = 0; i < t.size(); i++) {
            Token token = t.get(i);
            String upper = token.text().toUpperCase(java.util.Locale.ROOT);
            if (token.isName() && FILE_AND_LINK_FUNCTIONS.contains(upper)) {
                throw script.refused(
                        s.line(),
                        "it names " + upper + ", which reads or writes files or links to another "
                                + "database; a backup never does");
            }
            if (token.kind() == Kind.WORD && FORBIDDEN_WORDS.contains(upper)) {
                throw script.refused(s.line(), "it holds " + upper + ", which a backup never writes");
            }
            if (token.is(Kind.SYMBOL, "(") && i > 0 && t.get(i - 1).isName() && !syntaxOrTable(t, i)) {
                throw script.refused(s.line(), "it calls " + t.get(i - 1).text() + "(...); a backup calls no function");
            }
        }
        if (t.get(0).is(Kind.WORD, "INSERT")) {
            checkValues(s);
        }
    }

    private static final List<String> KINDS = List.of(
            "INSERT INTO",
            "CREATE USER",
            "CREATE SCHEMA",
            "CREATE SEQUENCE",
            "CREATE CACHED TABLE",
            "CREATE MEMORY TABLE",
            "CREATE INDEX",
            "CREATE UNIQUE INDEX",
            "CREATE UNIQUE NULLS DISTINCT INDEX",
            "CREATE UNIQUE NULLS NOT DISTINCT INDEX",
            "COMMENT ON");

    private static boolean allowedKind(List<Token> t) {
        String head = words(t, 6);
        if (startsWith(head, "SET")) {
            return t.size() >= 3
                    && t.get(1).kind() == Kind.WORD
                    && SETTINGS.contains(t.get(1).text())
                    && plainValue(t.subList(2, t.size()));
        }
        if (startsWith(head, "ALTER TABLE")) {
            // ALTER TABLE <name> ADD CONSTRAINT ...: the constraints SCRIPT writes after the data
            int after = afterName(t, 2);
            return t.size() > after + 1
                    && t.get(after).is(Kind.WORD, "ADD")
                    && t.get(after + 1).is(Kind.WORD, "CONSTRAINT");
        }
        return KINDS.stream().anyMatch(kind -> startsWith(head, kind));
    }

    private static boolean startsWith(String head, String words) {
        return head.equals(words) || head.startsWith(words + " ");
    }

    /** INSERT INTO name [(columns)] [OVERRIDING ... VALUE] VALUES, then literals only: no expression runs. */
    private void checkValues(Statement s) throws RefusedBackup {
        List<Token> t = s.tokens();
        int i = afterName(t, 2);
        if (i < t.size() && t.get(i).is(Kind.SYMBOL, "(")) {
            while (i < t.size() && !t.get(i).is(Kind.SYMBOL, ")")) {
                i++;
            }
            i++;
        }
        if (i + 2 < t.size() && t.get(i).is(Kind.WORD, "OVERRIDING")) {
            i += 3;
        }
        if (i >= t.size() || !t.get(i).is(Kind.WORD, "VALUES")) {
            throw script.refused(s.line(), "an INSERT without VALUES, which a backup never writes");
        }
        for (i++; i < t.size(); i++) {
            Token v = t.get(i);
            boolean literal =
                    switch (v.kind()) {
                        case STRING, NUMBER -> true;
                        case WORD -> LITERAL_WORDS.contains(v.text());
                        case SYMBOL -> LITERAL_SYMBOLS.contains(v.text());
                        case QUOTED -> false;
                    };
            if (!literal) {
                throw script.refused(
                        s.line(), "an INSERT whose values hold " + v.text() + "; a backup inserts plain values");
            }
        }
    }

    /** '(' after a name: a type or clause word, or a table's column list (TABLE "T"(, REFERENCES "T"(, ...). */
    private static boolean syntaxOrTable(List<Token> t, int parenthesis) {
        Token before = t.get(parenthesis - 1);
        if (before.kind() == Kind.WORD && SYNTAX_BEFORE_PARENTHESIS.contains(before.text())) {
            return true;
        }
        int start = parenthesis - 1;
        while (start >= 2
                && t.get(start - 1).is(Kind.SYMBOL, ".")
                && t.get(start - 2).isName()) {
            start -= 2;
        }
        return start >= 1
                && t.get(start - 1).kind() == Kind.WORD
                && BEFORE_TABLE.contains(t.get(start - 1).text());
    }

    /** The index just after a possibly qualified name ("PUBLIC"."T") that starts at from. */
    private static int afterName(List<Token> t, int from) {
        int i = from;
        if (i < t.size() && t.get(i).isName()) {
            i++;
            while (i + 1 < t.size()
                    && t.get(i).is(Kind.SYMBOL, ".")
                    && t.get(i + 1).isName()) {
                i += 2;
            }
        }
        return i;
    }

    private static boolean plainValue(List<Token> value) {
        return switch (value.size()) {
            case 1 ->
                value.get(0).kind() == Kind.NUMBER
                        || value.get(0).is(Kind.WORD, "TRUE")
                        || value.get(0).is(Kind.WORD, "FALSE");
            case 2 -> value.get(0).is(Kind.SYMBOL, "-") && value.get(1).kind() == Kind.NUMBER;
            default -> false;
        };
    }

    /** The leading words, for matching and for naming a refused statement ("CREATE ALIAS"). */
    private static String words(List<Token> t, int max) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < Math.min(max, t.size()) && t.get(i).kind() == Kind.WORD; i++) {
            head.append(i == 0 ? "" : " ").append(t.get(i).text());
        }
        return head.toString();
    }

    private static String kind(List<Token> t) {
        String head = words(t, 2);
        return head.isEmpty() ? "a statement starting with " + t.get(0).text() : head;
    }
}
