package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloading the rules while other threads classify: no classification fails, and each names a
 * version that was in force while it ran. Each reload changes a comment in the lexicon, so every
 * reload yields a new version and the old rule base is retired under load.
 */
class ReloadUnderLoadTest {

    private static final int RELOADS = 20;
    private static final int THREADS = 4;

    /** One classification and the versions in force just before and just after it. */
    private record Observed(int before, String version, int after) {}

    @Test
    void reloading_twenty_times_under_four_classifying_threads_fails_nothing(@TempDir Path rules) throws Exception {
        // the whole folder, examples too: each reload trains the reading model again
        RuleBaseTest.copyRules(rules);
        DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(rules);
        List<String> versions = new CopyOnWriteArrayList<>(List.of(classifier.ruleBaseVersion()));
        Segment segment = Scenario.MARY.segments().get(3);
        Judgment judgment = new Judgment(
                segment.id(),
                Set.of(Characteristic.SECRECY),
                List.of(segment.text()),
                "He sees her after everyone has left so nobody knows.",
                2);
        AtomicBoolean reloading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Observed> observed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                int n = 0;
                while (reloading.get() || n < 50) {
                    int before = versions.size() - 1;
                    Assessment a = classifier.classify(segment, judgment, Scenario.MARY.people());
                    observed.add(new Observed(before, a.ruleBaseVersion(), versions.size() - 1));
                    n++;
                }
                return n;
            }));
        }
        Path lexicon = rules.resolve(RuleBaseLoader.LEXICON);
        String original = Files.readString(lexicon);
        for (int i = 1; i <= RELOADS; i++) {
            Files.writeString(lexicon, original + "\n# reload " + i + "\n");
            String fresh = classifier.reload().version();
            versions.add(fresh);
        }
        reloading.set(false);
        int classified = 0;
        for (Future<Integer> worker : workers) {
            classified += worker.get(2, TimeUnit.MINUTES); // rethrows any failed classification
        }
        pool.shutdown();

        assertThat(versions)
                .as("every reload made a new version")
                .doesNotHaveDuplicates()
                .hasSize(RELOADS + 1);
        assertThat(observed).hasSize(classified);
        for (Observed o : observed) {
            // the version current when the call started, or one that replaced it while it ran (the
            // last of those may have been put in force before the reloading thread could list it)
            assertThat(versions.indexOf(o.version()))
                    .as("versions in force during the call: " + o)
                    .isBetween(o.before(), o.after() + 1);
        }
        assertThat(observed.stream().map(Observed::version).distinct().count())
                .as("classifications under several versions")
                .isGreaterThan(1);
    }
}
