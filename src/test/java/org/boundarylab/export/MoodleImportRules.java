package org.boundarylab.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules Moodle's XML import (qformat_xml, then qtype_multichoice's save) applies to what
 * Boundary Lab exports, written down independently of the exporter: a well-formed {@code quiz};
 * a category first; every other question a {@code multichoice} with {@code single} false, a name,
 * question text, at least two answers with text; every fraction one of Moodle's grade options
 * (the import skips a question with any other); the right answers' fractions adding up to 100 once
 * rounded to two places of a fraction, as Moodle rounds them; idnumbers unique and at most 100
 * characters. Returns the problems in words; none means Moodle imports every question.
 */
public final class MoodleImportRules {

    /** question_bank::fraction_options_full(), as fractions of 1. */
    static final double[] GRADE_OPTIONS = {
        1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571,
        0.125, 0.1111111, 0.1, 0.05, 0.0
    };

    private MoodleImportRules() {}

    public static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        Element quiz = doc.getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            return List.of("the root element is <" + quiz.getTagName() + ">, not <quiz>");
        }
        List<Element> questions = children(quiz, "question");
        if (questions.isEmpty() || !"category".equals(questions.getFirst().getAttribute("type"))) {
            problems.add("the first question is not a category");
        } else if (text(child(questions.getFirst(), "category")).isBlank()) {
            problems.add("the category has no path");
        }
        Set<String> idNumbers = new HashSet<>();
        for (Element q : questions.subList(Math.min(1, questions.size()), questions.size())) {
            String name = text(child(q, "name"));
            String where = "question '" + name + "'";
            if (!"multichoice".equals(q.getAttribute("type"))) {
                problems.add(where + ": type '" + q.getAttribute("type") + "', not multichoice");
            }
            if (name.isBlank()) {
                problems.add("a question without a name");
            }
            if (text(child(q, "questiontext")).isBlank()) {
                problems.add(where + ": no question text");
            }
            // qformat_xml::trans_single: "false" or empty is 0, anything else 1
            String single = value(child(q, "single")).strip();
            if (!(single.equals("false") || single.equals("0"))) {
                problems.add(where + ": single is '" + single + "', so only one answer could be ticked");
            }
            String idNumber = value(child(q, "idnumber")).strip();
            if (idNumber.length() > 100 || !idNumber.isEmpty() && !idNumbers.add(idNumber)) {
                problems.add(where + ": idnumber '" + idNumber + "' is too long or used twice");
            }
            List<Element> answers = children(q, "answer");
            if (answers.size() < 2) {
                problems.add(where + ": fewer than two answers");
            }
            double right = 0;
            for (Element a : answers) {
                if (text(a).isBlank()) {
                    problems.add(where + ": an answer without text");
                }
                String fraction = a.getAttribute("fraction");
                double value;
                try {
                    value = Double.parseDouble(fraction) / 100;
                } catch (NumberFormatException e) {
                    problems.add(where + ": fraction '" + fraction + "' is not a number");
                    continue;
                }
                if (!allowed(value)) {
                    problems.add(where + ": fraction " + fraction
                            + " is not one of Moodle's grades: the question would be skipped");
                }
                if (value > 0) {
                    right += value;
                }
            }
            if (Math.round(right * 100) != 100) {
                problems.add(where + ": the right answers add up to " + right * 100 + ", not 100");
            }
        }
        return problems;
    }

    static boolean allowed(double fraction) {
        for (double option : GRADE_OPTIONS) {
            if (Math.abs(Math.abs(fraction) - option) < 0.0000001) {
                return true;
            }
        }
        return false;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The {@code <text>} inside an element, as Moodle reads it. */
    static String text(Element e) {
        Element t = e == null ? null : child(e, "text");
        return t == null ? "" : t.getTextContent();
    }

    static String value(Node e) {
        return e == null ? "" : e.getTextContent();
    }
}
