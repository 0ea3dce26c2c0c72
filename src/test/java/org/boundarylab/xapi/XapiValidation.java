package org.boundarylab.xapi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.boundarylab.NodeTools;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Statements checked by the npm package xapi-validation 2.1.4: by statement id, the problems it names. */
final class XapiValidation {

    private XapiValidation() {}

    static Map<String, List<String>> problems(List<String> statements) throws Exception {
        NodeTools tools = NodeTools.VALIDATORS.ready();
        Path file =
                Files.createTempFile(Files.createDirectories(Path.of("target", "xapi-checks")), "statements", ".json");
        Files.writeString(file, "[" + String.join(",", statements) + "]");
        NodeTools.Result r = tools.node("xapi-check.js", file.toAbsolutePath().toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("xapi-check.js failed: " + r.err());
        }
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (JsonNode s : JsonMapper.builder().build().readTree(r.out())) {
            problems.put(
                    s.get("id").asString(),
                    s.get("problems")
                            .valueStream()
                            .map(p -> p.get("path").asString() + ": "
                                    + p.get("message").asString())
                            .toList());
        }
        Files.delete(file);
        return problems;
    }
}
