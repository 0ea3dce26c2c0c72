package org.boundarylab.vignette.ui.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boundarylab.base.InputProblem;

/**
 * The loader's problems sorted for the editor: by segment index and field, so each message can
 * sit next to the field it concerns, and worded by place ("Segment 2, text") instead of file line.
 */
final class ProblemIndex {

    private static final Pattern SEGMENT_FIELD = Pattern.compile("segments\\[(\\d+)]\\.(\\w+)(?:\\..*)?");

    private final List<InputProblem> all;
    private final Map<String, List<String>> caseFields = new TreeMap<>();
    private final Map<Integer, Map<String, List<String>>> segmentFields = new TreeMap<>();

    ProblemIndex(List<InputProblem> problems) {
        this.all = problems.stream()
                .map(p -> new InputProblem(p.file(), p.line(), p.field(), plain(p.message())))
                .toList();
        for (InputProblem p : all) {
            Matcher m = SEGMENT_FIELD.matcher(p.field());
            if (m.matches()) {
                segmentFields
                        .computeIfAbsent(Integer.parseInt(m.group(1)), i -> new TreeMap<>())
                        .computeIfAbsent(m.group(2), f -> new ArrayList<>())
                        .add(p.message());
            } else {
                caseFields.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.message());
            }
        }
    }

    /** Only the problems of fields the author has worked on (before the first save, the rest wait). */
    ProblemIndex onlyFields(java.util.function.Predicate<String> shown) {
        return new ProblemIndex(all.stream().filter(p -> shown.test(p.field())).toList());
    }

    /** The loader's wording, for a file, in the words of a person filling in a form. */
    static String plain(String message) {
        if (message.equals("must be non-empty text") || message.equals("is missing")) {
            return "Fill this in.";
        }
        Matcher kebab = Pattern.compile("must be kebab-case \\(lower-case words joined by '-'\\), got '(.*)'")
                .matcher(message);
        if (kebab.matches()) {
            return "Use lower-case words joined by hyphens, such as grace-community-clinic (now: '" + kebab.group(1)
                    + "').";
        }
        if (message.equals("must list at least one segment")) {
            return "Write at least one segment.";
        }
        return message;
    }

    static ProblemIndex none() {
        return new ProblemIndex(List.of());
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** The message for a case field ("title", "question.text"), if any. */
    Optional<String> caseField(String field) {
        return Optional.ofNullable(caseFields.get(field)).map(m -> String.join("; ", m));
    }

    /** The message for a field of the segment at this index ("text", "cues", "key"), if any. */
    Optional<String> segmentField(int index, String field) {
        return Optional.ofNullable(segmentFields.getOrDefault(index, Map.of()).get(field))
                .map(m -> String.join("; ", m));
    }

    boolean hasCaseProblems() {
        return !caseFields.isEmpty();
    }

    boolean segmentHasProblems(int index) {
        return segmentFields.containsKey(index);
    }

    /** Every problem in words a supervisor reads: "Segment 2, cues: ...". */
    List<String> described() {
        return all.stream().map(ProblemIndex::describe).toList();
    }

    static String describe(InputProblem p) {
        Matcher m = SEGMENT_FIELD.matcher(p.field());
        String place = m.matches()
                ? "Segment " + (Integer.parseInt(m.group(1)) + 1) + ", "
                        + p.field().substring(p.field().indexOf(']') + 2)
                : p.field().equals("(document)") ? "The case" : "Case " + p.field();
        return place + ": " + p.message();
    }
}
