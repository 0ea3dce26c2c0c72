package org.boundarylab.judgment.rules;

import java.time.Instant;
import java.util.List;
import org.boundarylab.judgment.text.RationaleReader;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;

/**
 * One compiled rule base with its message catalogue and lexicon. Immutable and shared by every
 * thread; {@code version} is a digest of the files, so the same files give the same version.
 * Sessions come from a pool: disposing one resets it and returns it, which is much cheaper than
 * building a session per judgment.
 */
record RuleBase(
        String version,
        List<String> files,
        Instant loadedAt,
        KieContainer container,
        KieBase kieBase,
        KieContainerSessionsPool sessions,
        MessageCatalog messages,
        RationaleReader rationaleReader) {

    void dispose() {
        sessions.shutdown();
        container.dispose();
    }
}
