package org.boundarylab.judgment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The rule base behind the classifier as an admin sees it: what is serving, and reloading it from
 * disk. Implemented by the engine in {@code judgment.rules}, so this package never needs the engine.
 */
public interface ServingRules {

    /** The rule base serving now: its version, when and from which folder it was loaded, its files. */
    record Serving(String version, Instant loadedAt, Path folder, List<String> files) {}

    Serving serving();

    /**
     * Rebuilds the rule base from its folder; on a compile error the previous one keeps serving.
     *
     * @return the version now serving
     */
    String reloadFromDisk() throws RuleBaseException;
}
