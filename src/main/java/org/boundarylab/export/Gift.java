package org.boundarylab.export;

/**
 * GIFT: a {@code $CATEGORY} line, then per segment {@code ::name::[html]text{ ~%grade%answer#feedback ... ####general }}.
 * Every answer carries a grade and none starts with "=", which makes Moodle import it as a question
 * with several answers. Texts are HTML-escaped, then GIFT's special characters are escaped.
 */
final class Gift {

    private Gift() {}

    static String write(CaseQuestions questions) {
        StringBuilder out = new StringBuilder();
        out.append("// Boundary Lab: exported for Moodle's GIFT import. One question per segment.\n");
        out.append("$CATEGORY: ")
                .append(questions.category().replace('\n', ' '))
                .append("\n\n");
        for (CaseQuestions.Question q : questions.questions()) {
            out.append("// ").append(q.idNumber().replace('\n', ' ')).append('\n');
            out.append("::")
                    .append(escape(q.name()))
                    .append("::[html]")
                    .append(escape(Html.paragraphs(q.paragraphs())))
                    .append(" {\n");
            for (CaseQuestions.Answer a : q.answers()) {
                out.append("\t~%")
                        .append(a.fraction())
                        .append('%')
                        .append(escape(Html.escape(a.text())))
                        .append('#')
                        .append(escape(Html.paragraph(a.feedback())))
                        .append('\n');
            }
            out.append("\t####")
                    .append(escape(Html.paragraph(q.generalFeedback())))
                    .append("\n}\n\n");
        }
        return out.toString();
    }

    /** GIFT's reserved characters ~ = # { } : and the backslash itself, each after a backslash; a line break as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
