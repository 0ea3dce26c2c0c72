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

    record Response(String trainee, Vignette vignette, List<Judgment> judgments) {}

    /** An LMS export of a whole cohort can be large; this bounds memory, not real use. */
    static final int MAX_RESPONSES_CHARS = 256_000_000;

    private ResponsesReader() {}

    static List<Response> read(String content, String fileName, Map<String, Vignette> vignettes)
            throws InvalidInputException {
        List<Response> responses = new ArrayList<>();
        read(content, fileName, vignettes, responses::add, responses::clear);
        return responses;
    }

    /**
     * Reads the file, handing each response that refers only to known vignettes and segments to
     * {@code onValid} as soon as it is read (so scoring can start before the file is finished, and
     * nothing here holds the whole batch); {@code onRestart} says to forget those, as the file is
     * read again. Throws, with every problem found, if any response was not valid.
     */
    static void read(
            String content,
            String fileName,
            Map<String, Vignette> vignettes,
            Consumer<Response> onValid,
            Runnable onRestart)
            throws InvalidInputException {
        if (content.length() <= MAX_RESPONSES_CHARS && YamlFields.looksLikeJson(content)) {
            try {
                PlainJsonResponses.read(content, vignettes, onValid);
                return;
            } catch (PlainJsonResponses.NotPlain e) {
                // read it all again: the full reader names the file, line and field of what is wrong
                onRestart.run();
            }
        }
        readFully(content, fileName, vignettes, onValid, onRestart);
    }

    /** The full reader, for YAML and for JSON that the fast path leaves to it: names file, line and field of every problem. */
    static void readFully(
            String content,
            String fileName,
            Map<String, Vignette> vignettes,
            Consumer<Response> onValid,
            Runnable onRestart)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        YamlFields.forEachMapping(
                content,
                fileName,
                problems,
                MAX_RESPONSES_CHARS,
                "responses",
                item -> {
                    Response response = response(item, vignettes);
                    // once anything is wrong the file will be refused: no point scoring the rest
                    if (problems.isEmpty()) {
                        onValid.accept(response);
                    }
                },
                onRestart);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
            if (vignette != null
                    && !segment.isEmpty()
                    && vignette.segment(segment).isEmpty()) {
                j.problem(
                        "segment",
                        j.lineOf("segment"),
                        "unknown segment '" + segment + "' of vignette '" + vignetteId + "'");
            }
            Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
            for (String code : j.textList("marked")) {
                Characteristic.fromCode(code)
                        .ifPresentOrElse(
                                marked::add,
                                () -> j.problem(
                                        "marked",
                                        j.lineOf("marked"),
                                        "unknown characteristic '" + code
                                                + "' (known: ROLE_REVERSAL, PROFESSIONAL_PRIVILEGE, DOUBLE_BIND, SECRECY)"));
            }
            Integer confidence = j.optionalInt("confidence", 1, 3).orElse(null);
            judgments.add(new Judgment(
                    segment,
                    marked,
                    j.textList("evidence"),
                    j.optionalText("rationale").orElse(""),
                    confidence));
        }
        return new Response(trainee, vignette, judgments);
    }
}
