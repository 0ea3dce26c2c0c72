package org.boundarylab.xapi;

import java.time.Instant;
import org.boundarylab.report.ScoreOverridden;
import org.boundarylab.training.TrainingEvents;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteCatalog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the training and report features' events into statements in the outbox, inside the
 * transaction that stores the event's data: the statement and what it records commit together, or
 * neither does. Nothing is recorded while sending to an LRS is off.
 */
@Component
class StatementRecorder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SettingsStore settings;
    private final Outbox outbox;
    private final VignetteCatalog catalog;

    StatementRecorder(SettingsStore settings, Outbox outbox, VignetteCatalog catalog) {
        this.settings = settings;
        this.outbox = outbox;
        this.catalog = catalog;
    }

    @EventListener
    void on(TrainingEvents.AttemptStarted e) {
        statements().ifPresent(s -> add(s.attempted(e.attempt(), vignette(e.attempt()))));
    }

    @EventListener
    void on(TrainingEvents.SegmentAnswered e) {
        statements().ifPresent(s -> {
            Vignette v = vignette(e.attempt());
            add(s.answered(e, v, v.segment(e.judgment().segmentId()).orElseThrow()));
        });
    }

    @EventListener
    void on(TrainingEvents.KnowledgeCheckAnswered e) {
        statements().ifPresent(s -> {
            Vignette v = vignette(e.attempt());
            add(s.knowledgeAnswered(e, v, v.knowledgeCheck().orElseThrow()));
        });
    }

    @EventListener
    void on(TrainingEvents.AttemptCompleted e) {
        statements().ifPresent(s -> add(s.completed(e, vignette(e.attempt()))));
    }

    @EventListener
    void on(ScoreOverridden e) {
        statements().ifPresent(s -> add(s.overridden(e, Long.toString(e.at().toEpochMilli()))));
    }

    private java.util.Optional<Statements> statements() {
        XapiSettings current = settings.current();
        return current.enabled() ? java.util.Optional.of(new Statements(current)) : java.util.Optional.empty();
    }

    private Vignette vignette(TrainingEvents.AttemptRef a) {
        return catalog.revision(a.vignetteId(), a.vignetteVersion())
                .orElseThrow()
                .vignette();
    }

    private void add(Statements.Built built) {
        outbox.add(built.id(), built.verb(), JSON.writeValueAsString(built.json()), Instant.now());
    }
}
