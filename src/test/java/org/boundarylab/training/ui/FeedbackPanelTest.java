package org.boundarylab.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.CorrectedReading;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.training.AnsweredSegment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.Test;

/** The judgment screen's feedback shows the feedback given again for a supervisor's corrected reading, with the note. */
class FeedbackPanelTest {

    @Test
    void a_corrected_reading_shows_its_feedback_and_a_line_saying_so() throws Exception {
        DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(Path.of("rules"));
        Vignette mary = VignetteReader.read(
                java.nio.file.Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml")),
                "mary-after-hours.yaml");
        Segment s1 = mary.segment("s1").orElseThrow();
        Judgment judgment = new Judgment("s1", Set.of(), List.of(), "He sees her on a home visit.", 2);
        Assessment original = classifier.classify(s1, judgment, mary.people());
        Assessment again = classifier.classifyWithReading(s1, judgment, mary.people(), Set.of());
        CorrectedReading correction = new CorrectedReading(
                1, Set.of(Characteristic.SECRECY), Set.of(), "Nothing hidden here.", Instant.now(), again);

        FeedbackPanel plain = new FeedbackPanel(new AnsweredSegment(s1, judgment, original), "Next segment", () -> {});
        FeedbackPanel corrected = new FeedbackPanel(
                new AnsweredSegment(s1, judgment, original, null, java.util.Optional.of(correction)),
                "Next segment",
                () -> {});

        assertThat(codes(plain)).contains("RATIONALE_UNMARKED");
        assertThat(codes(corrected)).doesNotContain("RATIONALE_UNMARKED").contains("CORRECT_NONE");
        assertThat(corrected
                        .getChildren()
                        .flatMap(FeedbackPanelTest::descendants)
                        .filter(Paragraph.class::isInstance)
                        .map(c -> ((Paragraph) c))
                        .filter(p -> p.hasClassName("reading-note"))
                        .map(Paragraph::getText))
                .singleElement()
                .asString()
                .contains("it describes none of the four (the rule base read secrecy)", "Nothing hidden here.");
    }

    private static List<String> codes(FeedbackPanel panel) {
        return panel.getChildren()
                .flatMap(FeedbackPanelTest::descendants)
                .map(c -> c.getElement().getAttribute("data-code"))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static java.util.stream.Stream<Component> descendants(Component c) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c), c.getChildren().flatMap(FeedbackPanelTest::descendants));
    }
}
