package org.boundarylab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.vignette.Characteristic;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the scorer's JSON document (the contract in docs/formats.md) one attempt at a time, so a cohort's
 * batch never has to be held as one string: {@link #begin}, {@link #attempt} for each, {@link #end}.
 */
final class ScoreJsonWriter implements AutoCloseable {

    private final JsonGenerator json;
    private final OutputStream out;

    ScoreJsonWriter(OutputStream out) {
        this.out = out;
        // closing the writer must not close standard output
        this.json = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build()
                .createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
    }

    void begin(String ruleBaseVersion) {
        json.writeStartObject();
        json.writeStringProperty("rules", ruleBaseVersion);
        json.writeArrayPropertyStart("attempts");
    }

    void attempt(String trainee, String vignetteId, List<Assessment> assessments) {
        double score = 0;
        double max = 0;
        for (Assessment a : assessments) {
            score += a.score();
            max += a.maxScore();
        }
        json.writeStartObject();
        json.writeStringProperty("trainee", trainee);
        json.writeStringProperty("vignette", vignetteId);
        json.writeNumberProperty("score", Math.round(score * 1000.0) / 1000.0);
        json.writeNumberProperty("maxScore", max);
        json.writeArrayPropertyStart("judgments");
        for (Assessment a : assessments) {
            judgment(a);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void judgment(Assessment a) {
        json.writeStartObject();
        json.writeStringProperty("segment", a.segmentId());
        json.writeObjectPropertyStart("outcomes");
        for (Characteristic c : Characteristic.values()) {
            json.writeStringProperty(c.name(), a.outcomes().get(c).name());
        }
        json.writeEndObject();
        json.writeArrayPropertyStart("rationaleDescribes");
        for (Characteristic c : Characteristic.values()) {
            // in the characteristics' order
            if (a.rationaleDescribes().contains(c)) {
                json.writeString(c.name());
            }
        }
        json.writeEndArray();
        json.writeStringProperty("evidence", a.evidence().name());
        json.writeNumberProperty("score", a.score());
        json.writeArrayPropertyStart("feedback");
        for (FeedbackItem item : a.feedback()) {
            json.writeStartObject();
            json.writeStringProperty("code", item.code());
            json.writeStringProperty(
                    "characteristic",
                    item.characteristic() == null ? null : item.characteristic().name());
            json.writeStringProperty("message", item.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() {
        json.close();
    }
}
