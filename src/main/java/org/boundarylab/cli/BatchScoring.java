package org.boundarylab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.rules.DroolsJudgmentClassifier;
import org.boundarylab.vignette.Vignette;

/**
 * Classifies a batch of responses on every core while the file is still being read, and hands the
 * results to a sink in input order, on a thread of its own, each chunk as soon as it and those
 * before it are ready: {@link #add} each response as it is read, then {@link #finish}. Only a few
 * chunks are in flight at once ({@link #add} waits for the sink), so a cohort's batch is never
 * held whole and its objects die young. Close it to stop the workers.
 */
final class BatchScoring implements AutoCloseable {

    /** Responses per task: large enough that queueing costs nothing, small enough to keep the cores even. */
    private static final int CHUNK = 64;
    /** Chunks classified or being classified but not yet given to the sink, per core. */
    private static final int IN_FLIGHT_PER_CORE = 4;

    /** Receives each response with its assessments, in input order, on the sink thread. */
    interface Sink {
        void accept(ResponsesReader.Response response, List<Assessment> assessments) throws IOException;
    }

    private record Chunk(List<ResponsesReader.Response> responses, Future<List<List<Assessment>>> assessments) {}

    private static final Chunk END = new Chunk(List.of(), null);

    private final DroolsJudgmentClassifier classifier;
    private final Sink sink;
    private final ExecutorService pool;
    private final BlockingQueue<Chunk> inFlight;
    private final Thread sinkThread;
    private List<ResponsesReader.Response> filling = new ArrayList<>(CHUNK);
    private volatile Throwable failure;
    private boolean finished;

    BatchScoring(DroolsJudgmentClassifier classifier, Sink sink) {
        this.classifier = classifier;
        this.sink = sink;
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger n = new AtomicInteger();
        // a large stack: the rule engine recurses deeply
        this.pool = Executors.newFixedThreadPool(
                cores, r -> new Thread(null, r, "scorer-" + n.incrementAndGet(), 64L * 1024 * 1024));
        this.inFlight = new ArrayBlockingQueue<>(IN_FLIGHT_PER_CORE * cores);
        this.sinkThread = Thread.ofPlatform().name("scorer-sink").start(this::drain);
    }

    /** Every response's assessments, in input order. */
    static List<List<Assessment>> all(DroolsJudgmentClassifier classifier, List<ResponsesReader.Response> responses) {
        List<List<Assessment>> all = new ArrayList<>(responses.size());
        try (BatchScoring scoring = new BatchScoring(classifier, (response, assessments) -> all.add(assessments))) {
            responses.forEach(scoring::add);
            scoring.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * Queues a response whose vignette and segments are known; classification starts once a chunk
     * is full. Waits while the sink is behind by more than a few chunks.
     */
    void add(ResponsesReader.Response response) {
        filling.add(response);
        if (filling.size() == CHUNK) {
            submit();
        }
    }

    /** Waits until the sink has had every response added; rethrows what failed in classifying or in the sink. */
    void finish() throws IOException {
        if (!filling.isEmpty()) {
            submit();
        }
        put(END);
        finished = true;
        try {
            sinkThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
        rethrowFailure();
    }

    /** Stops the workers; an unfinished batch is abandoned, and its sink has stopped writing when this returns. */
    @Override
    public void close() {
        if (!finished) {
            sinkThread.interrupt();
            try {
                // the caller may close what the sink writes to next: wait for it to let go
                sinkThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        pool.shutdownNow();
    }

    private void submit() {
        rethrowUnchecked();
        List<ResponsesReader.Response> chunk = filling;
        filling = new ArrayList<>(CHUNK);
        put(new Chunk(
                chunk, pool.submit(() -> chunk.stream().map(this::classify).toList())));
    }

    private void put(Chunk chunk) {
        try {
            inFlight.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
    }

    private List<Assessment> classify(ResponsesReader.Response response) {
        Vignette vignette = response.vignette();
        return response.judgments().stream()
                .map(j -> classifier.classify(vignette.segment(j.segmentId()).orElseThrow(), j, vignette.people()))
                .toList();
    }

    /** The sink thread: results in input order; after a failure it keeps taking chunks so {@link #add} never waits forever. */
    private void drain() {
        try {
            for (Chunk chunk = inFlight.take(); chunk != END; chunk = inFlight.take()) {
                if (failure != null) {
                    chunk.assessments().cancel(true);
                    continue;
                }
                try {
                    List<List<Assessment>> results = chunk.assessments().get();
                    for (int i = 0; i < results.size(); i++) {
                        sink.accept(chunk.responses().get(i), results.get(i));
                    }
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (IOException | RuntimeException e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            // closed before finishing: the batch is abandoned
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        }
        rethrowUnchecked();
    }

    private void rethrowUnchecked() {
        Throwable f = failure;
        if (f instanceof IOException e) {
            throw new UncheckedIOException(e);
        }
        if (f != null) {
            throw new IllegalStateException("scoring failed: " + f, f);
        }
    }
}
