package org.boundarylab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;

/**
 * Classifies a batch of responses on every core while the file is still being read, and hands the
 * results back in input order, each as soon as it and those before it are ready: {@link #add} each
 * response as it is read, then {@link #inOrder}. Close it to stop the workers.
 */
final class BatchScoring implements AutoCloseable {

    /** Responses per task: large enough that queueing costs nothing, small enough to keep the cores even. */
    private static final int CHUNK = 64;

    /** Receives each response with its assessments, in input order, on the calling thread. */
    interface Sink {
        void accept(ResponsesReader.Response response, List<Assessment> assessments) throws IOException;
    }

    private final DroolsJudgmentClassifier classifier;
    private final ExecutorService pool;
    private final List<ResponsesReader.Response> added = new ArrayList<>();
    private final List<Future<List<List<Assessment>>>> chunks = new ArrayList<>();
    private int submitted;

    BatchScoring(DroolsJudgmentClassifier classifier) {
        this.classifier = classifier;
        AtomicInteger n = new AtomicInteger();
        // a large stack: the rule engine recurses deeply
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                r -> new Thread(null, r, "scorer-" + n.incrementAndGet(), 64L * 1024 * 1024));
    }

    /** Every response's assessments, in input order. */
    static List<List<Assessment>> all(DroolsJudgmentClassifier classifier, List<ResponsesReader.Response> responses) {
        List<List<Assessment>> all = new ArrayList<>(responses.size());
        try (BatchScoring scoring = new BatchScoring(classifier)) {
            responses.forEach(scoring::add);
            scoring.inOrder((response, assessments) -> all.add(assessments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Queues a response whose vignette and segments are known; classification starts once a chunk is full. */
    void add(ResponsesReader.Response response) {
        added.add(response);
        if (added.size() - submitted == CHUNK) {
            submitChunk();
        }
    }

    /** Forgets every response added so far (the file is being read again from the start). */
    void restart() {
        chunks.forEach(f -> f.cancel(true));
        chunks.clear();
        added.clear();
        submitted = 0;
    }

    void inOrder(Sink sink) throws IOException {
        if (submitted < added.size()) {
            submitChunk();
        }
        try {
            for (int c = 0; c < chunks.size(); c++) {
                List<List<Assessment>> results = chunks.get(c).get();
                // what is written is let go: a cohort's results need not all be held at once
                chunks.set(c, null);
                for (int i = 0; i < results.size(); i++) {
                    sink.accept(added.set(c * CHUNK + i, null), results.get(i));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void submitChunk() {
        List<ResponsesReader.Response> chunk = List.copyOf(added.subList(submitted, added.size()));
        submitted = added.size();
        chunks.add(pool.submit(() -> chunk.stream().map(this::classify).toList()));
    }

    private List<Assessment> classify(ResponsesReader.Response response) {
        return response.judgments().stream()
                .map(j -> classifier.classify(response.vignette().segment(j.segmentId()).orElseThrow(), j)).toList();
    }
}
