package org.boundarylab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.Test;

class BatchScoringTest {

    @Test
    void many_more_chunks_than_may_be_in_flight_come_back_complete_and_in_input_order() throws Exception {
        DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(Path.of("rules"));
        Vignette mary = VignetteReader.read(
                Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml")), "mary-after-hours.yaml");
        List<ResponsesReader.Response> responses = new ArrayList<>();
        // 64 responses a chunk, at most a few chunks a core in flight: 3,000 responses make about 47 chunks
        for (int i = 0; i < 3_000; i++) {
            String segment = "s" + (1 + i % 6);
            Set<Characteristic> marked = i % 2 == 0 ? Set.of() : Set.of(Characteristic.SECRECY);
            responses.add(new ResponsesReader.Response(
                    "t" + i, mary, List.of(new Judgment(segment, marked, List.of(), "", 1 + i % 3))));
        }

        List<List<Assessment>> all = BatchScoring.all(classifier, responses);

        assertThat(all).hasSize(responses.size());
        for (int i = 0; i < all.size(); i++) {
            Judgment judgment = responses.get(i).judgments().getFirst();
            Assessment assessment = all.get(i).getFirst();
            assertThat(assessment.segmentId()).isEqualTo(judgment.segmentId());
            assertThat(assessment)
                    .isEqualTo(classifier.classify(
                            mary.segment(judgment.segmentId()).orElseThrow(), judgment, mary.people()));
        }
    }
}
