package org.boundarylab.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;

/**
 * One pass of the scorer over a responses file: each response is classified as soon as it is read
 * and its JSON written, in input order, into output that is held back until {@link #writeTo} says
 * the whole file was valid. Closing it without {@code writeTo} discards everything.
 */
final class ScoredReport implements AutoCloseable {

    private final HeldOutput held = new HeldOutput();
    private final ScoreJsonWriter json = new ScoreJsonWriter(new BufferedOutputStream(held, 1 << 16));
    private final BatchScoring scoring;

    ScoredReport(DroolsJudgmentClassifier classifier) {
        json.begin(classifier.ruleBaseVersion());
        scoring = new BatchScoring(
                classifier,
                (response, assessments) ->
                        json.attempt(response.trainee(), response.vignette().id(), assessments));
    }

    void add(ResponsesReader.Response response) {
        scoring.add(response);
    }

    /** The file was valid: what is scored so far goes out, the rest as it is scored, then the document's end. */
    void writeTo(OutputStream out) throws IOException {
        held.release(out);
        scoring.finish();
        json.end();
    }

    @Override
    public void close() throws IOException {
        scoring.close();
        json.close();
        held.close();
    }
}
