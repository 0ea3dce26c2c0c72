package org.boundarylab.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Moodle XML: a category named after the case, then one {@code multichoice} question per segment with
 * {@code single} false (several answers may be ticked). Texts are HTML, escaped for HTML and then by
 * the XML writer for XML, as Moodle reads them.
 */
final class MoodleXml {

    private MoodleXml() {}

    static String write(CaseQuestions questions) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("quiz");
            x.writeCharacters("\n  ");
            x.writeStartElement("question");
            x.writeAttribute("type", "category");
            x.writeStartElement("category");
            text(x, questions.category());
            x.writeEndElement();
            x.writeEndElement();
            for (CaseQuestions.Question q : questions.questions()) {
                x.writeCharacters("\n  ");
                question(x, q);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Moodle XML", e);
        }
        return out.toString();
    }

    private static void question(XMLStreamWriter x, CaseQuestions.Question q) throws XMLStreamException {
        x.writeStartElement("question");
        x.writeAttribute("type", "multichoice");
        x.writeStartElement("name");
        text(x, q.name());
        x.writeEndElement();
        html(x, "questiontext", Html.paragraphs(q.paragraphs()));
        html(x, "generalfeedback", Html.paragraph(q.generalFeedback()));
        element(x, "defaultgrade", "1");
        element(x, "penalty", "0.3333333");
        element(x, "hidden", "0");
        element(x, "idnumber", q.idNumber());
        element(x, "single", "false");
        element(x, "shuffleanswers", "false");
        element(x, "answernumbering", "none");
        element(x, "showstandardinstruction", "1");
        html(x, "correctfeedback", Html.paragraph("Right: every characteristic judged as the expert did."));
        html(
                x,
                "partiallycorrectfeedback",
                Html.paragraph("Partly right: read the feedback under each answer you ticked."));
        html(
                x,
                "incorrectfeedback",
                Html.paragraph(
                        "Not right: read the feedback under each answer you ticked, then the expert's reading."));
        x.writeEmptyElement("shownumcorrect");
        for (CaseQuestions.Answer a : q.answers()) {
            x.writeStartElement("answer");
            x.writeAttribute("fraction", a.fraction());
            x.writeAttribute("format", "html");
            text(x, Html.escape(a.text()));
            x.writeStartElement("feedback");
            x.writeAttribute("format", "html");
            text(x, Html.paragraph(a.feedback()));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void html(XMLStreamWriter x, String name, String html) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeAttribute("format", "html");
        text(x, html);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeStartElement("text");
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
