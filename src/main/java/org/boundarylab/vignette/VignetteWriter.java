package org.boundarylab.vignette;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a vignette in the seed format, laid out as a person would write it: long texts as folded
 * blocks wrapped near 100 columns, short ones quoted. Reading the output back gives the same
 * vignette, and writing that again gives the same text.
 */
public final class VignetteWriter {

    private static final int WRAP_AT = 96;
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern FOLDABLE = Pattern.compile(
            "[^\\s\\p{Cntrl}\\u0085\\u2028\\u2029\\ufeff](?:[^\\p{Cntrl}\\u0085\\u2028\\u2029\\ufeff]*[^\\s\\p{Cntrl}])?");
    private static final Pattern YAML_WORDS = Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[0-9.+-].*");

    private VignetteWriter() {}

    public static String write(Vignette v) {
        return write(VignetteDraft.of(v));
    }

    public static String write(VignetteDraft d) {
        StringBuilder out = new StringBuilder();
        out.append("id: ").append(scalar(d.id)).append('\n');
        out.append("title: ").append(quoted(d.title)).append('\n');
        out.append("source: ").append(quoted(d.source)).append('\n');
        out.append("difficulty: ").append(d.difficulty).append('\n');
        out.append("tags: ").append(flowList(d.tags)).append('\n');
        block(out, "", "summary", d.summary);
        writePeople(out, d);
        out.append("segments:\n");
        for (VignetteDraft.SegmentDraft s : d.segments) {
            out.append("  - id: ").append(scalar(s.id)).append('\n');
            block(out, "    ", "text", s.text);
            out.append("    key: ")
                    .append(flowList(s.key.stream().map(Enum::name).toList()))
                    .append('\n');
            if (s.control != null) {
                out.append("    control: ").append(s.control.code()).append('\n');
            }
            writeCues(out, s.cuesInKey());
            block(out, "    ", "explanation", s.explanation);
            out.append('\n');
        }
        if (!d.references.isEmpty()) {
            out.append("references:\n");
            d.references.forEach(r -> out.append("  - ").append(quoted(r)).append('\n'));
        }
        if (!d.questionText.isBlank() || !d.questionExpects.isEmpty()) {
            out.append("\nquestion:\n");
            out.append("  text: ").append(quoted(d.questionText)).append('\n');
            out.append("  expects: ")
                    .append(flowList(d.questionExpects.stream().map(Enum::name).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    /** people: with the client and the professional given, each as {name: ..., pronouns: ...}. */
    private static void writePeople(StringBuilder out, VignetteDraft d) {
        boolean client = d.hasClient();
        boolean professional = d.hasProfessional();
        if (!client && !professional) {
            return;
        }
        out.append("people:\n");
        if (client) {
            person(out, "client", d.clientName, d.clientPronouns);
        }
        if (professional) {
            person(out, "professional", d.professionalName, d.professionalPronouns);
        }
    }

    private static void person(StringBuilder out, String role, String name, Pronouns pronouns) {
        out.append("  ")
                .append(role)
                .append(": {name: ")
                .append(scalar(name))
                .append(", pronouns: ")
                .append(pronouns == null ? "\"\"" : pronouns.code())
                .append("}\n");
    }

    private static void writeCues(StringBuilder out, Map<Characteristic, List<String>> cues) {
        if (cues.isEmpty()) {
            out.append("    cues: {}\n");
            return;
        }
        out.append("    cues:\n");
        cues.forEach((c, phrases) -> {
            out.append("      ").append(c.name()).append(':');
            if (phrases.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            phrases.forEach(p -> out.append("        - ").append(quoted(p)).append('\n'));
        });
    }

    /** A long text as a folded block when it folds back exactly; otherwise quoted. */
    private static void block(StringBuilder out, String indent, String field, String text) {
        String value = text == null ? "" : text;
        if (!FOLDABLE.matcher(value).matches() || value.contains("  ") || value.length() < 60) {
            out.append(indent).append(field).append(": ").append(quoted(value)).append('\n');
            return;
        }
        out.append(indent).append(field).append(": >\n");
        String lineIndent = indent + "  ";
        StringBuilder line = new StringBuilder();
        for (String word : value.split(" ")) {
            if (!line.isEmpty() && lineIndent.length() + line.length() + 1 + word.length() > WRAP_AT) {
                out.append(lineIndent).append(line).append('\n');
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(lineIndent).append(line).append('\n');
    }

    private static String flowList(List<String> items) {
        return "["
                + String.join(", ", items.stream().map(VignetteWriter::scalar).toList()) + "]";
    }

    /** A short value: plain when it is a simple word YAML cannot misread, else quoted. */
    private static String scalar(String value) {
        String v = value == null ? "" : value;
        return PLAIN_WORD.matcher(v).matches() && !YAML_WORDS.matcher(v).matches() ? v : quoted(v);
    }

    /** A YAML double-quoted scalar (JSON escaping is valid YAML). */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : (value == null ? "" : value).toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (ch < 0x20 || ch == 0x7f || ch == 0x85 || ch == 0x2028 || ch == 0x2029 || ch == 0xfeff) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
