package org.boundarylab.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Vignette;

/** Reads a responses file (YAML or JSON) and checks every reference against the loaded vignettes. */
final class ResponsesReader {

    record Response(String trainee, Vignette vignette, List<Judgment> judgments) {
    }

    /** An LMS export of a whole cohort can be large; this bounds memory, not real use. */
    static final int MAX_RESPONSES_CHARS = 256_000_000;

    private ResponsesReader() {
    }

    static List<Response> read(String content, String fileName, Map<String, Vignette> vignettes)
            throws InvalidInputException {
        return read(content, fileName, vignettes, response -> { }, () -> { });
    }

    /**
     * As {@link #read(String, String, Map)}, also handing each response that refers only to known
     * vignettes and segments to {@code onValid} as soon as it is read (so scoring can start before
     * the file is finished); {@code onRestart} says to forget those, as the file is read again.
     */
    static List<Response> read(String content, String fileName, Map<String, Vignette> vignettes,
            Consumer<Response> onValid, Runnable onRestart) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        YamlFields.forEachMapping(content, fileName, problems, MAX_RESPONSES_CHARS, "responses", item -> {
            int before = problems.size();
            Response response = response(item, vignettes);
            responses.add(response);
            if (problems.size() == before) {
                onValid.accept(response);
            }
        }, () -> {
            responses.clear();
            onRestart.run();
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return responses;
    }

    private static Response response(YamlFields item, Map<String, Vignette> vignettes) {
        String trainee = item.requireText("trainee");
        String vignetteId = item.requireText("vignette");
        Vignette vignette = vignettes.get(vignetteId);
        if (!vignetteId.isEmpty() && vignette == null) {
            item.problem("vignette", item.lineOf("vignette"), "unknown vignette '" + vignetteId + "'");
        }
        List<Judgment> judgments = new ArrayList<>();
        for (YamlFields j : item.mappings("judgments")) {
            String segment = j.requireText("segment");
            if (vignette != null && !segment.isEmpty() && vignette.segment(segment).isEmpty()) {
                j.problem("segment", j.lineOf("segment"), "unknown segment '" + segment + "' of vignette '" + vignetteId + "'");
            }
            Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
            for (String code : j.textList("marked")) {
                Characteristic.fromCode(code).ifPresentOrElse(marked::add, () -> j.problem("marked", j.lineOf("marked"),
                        "unknown characteristic '" + code + "' (known: ROLE_REVERSAL, PROFESSIONAL_PRIVILEGE, DOUBLE_BIND, SECRECY)"));
            }
            Integer confidence = j.optionalInt("confidence", 1, 3).orElse(null);
            judgments.add(new Judgment(segment, marked, j.textList("evidence"), j.optionalText("rationale").orElse(""), confidence));
        }
        return new Response(trainee, vignette, judgments);
    }
}
