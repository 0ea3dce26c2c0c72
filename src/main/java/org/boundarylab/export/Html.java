package org.boundarylab.export;

import java.util.List;

/** Plain text made into HTML paragraphs, escaped. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    static String paragraphs(List<String> texts) {
        StringBuilder out = new StringBuilder();
        texts.forEach(t -> out.append(paragraph(t)));
        return out.toString();
    }
}
