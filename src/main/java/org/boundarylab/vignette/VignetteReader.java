package org.boundarylab.vignette;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;

/**
 * Reads one vignette file in the seed format and validates it completely: every problem is
 * reported with its file, line and field, and a file with any problem yields no vignette.
 */
public final class VignetteReader {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> KNOWN_FIELDS = Set.of(
            "id", "title", "source", "difficulty", "tags", "summary", "segments", "references", "question", "people");
    static final Set<String> KNOWN_PEOPLE_FIELDS = Set.of("client", "professional");
    static final Set<String> KNOWN_PERSON_FIELDS = Set.of("name", "pronouns");
    /** A name is said in feedback: a short, one-line text. */
    static final int MAX_NAME = 60;
    /** A title is read in lists and headings: a line, not a paragraph. */
    static final int MAX_TITLE = 120;

    static final Set<String> KNOWN_SEGMENT_FIELDS = Set.of("id", "text", "key", "cues", "explanation", "control");
    /** The recall question's fields (others are ignored). */
    static final Set<String> QUESTION_FIELDS = Set.of("text", "expects");

    private VignetteReader() {}

    /**
     * @param fileName the file name as it should appear in messages, e.g. {@code mary-after-hours.yaml}
     */
    public static Vignette read(String content, String fileName) throws InvalidInputException {
        return read(content, fileName, true);
    }

    /**
     * As {@link #read(String, String)}; an upload may be named freely ("case (1).yaml"), so the
     * rule that the id equals the file name can be left out.
     */
    public static Vignette read(String content, String fileName, boolean idMustMatchFileName)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        YamlFields root = YamlFields.parse(content, fileName, problems);
        for (String key : root.keys()) {
            if (!KNOWN_FIELDS.contains(key)) {
                root.problem(
                        key,
                        root.lineOf(key),
                        "unknown field (known: "
                                + String.join(
                                        ", ", KNOWN_FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String id = root.requireText("id");
        if (!id.isEmpty() && !KEBAB_CASE.matcher(id).matches()) {
            root.problem(
                    "id", root.lineOf("id"), "must be kebab-case (lower-case words joined by '-'), got '" + id + "'");
        }
        String expectedId = fileName.replaceFirst("\\.ya?ml$", "");
        if (idMustMatchFileName && !id.isEmpty() && fileName.matches(".*\\.ya?ml") && !id.equals(expectedId)) {
            root.problem("id", root.lineOf("id"), "must equal the file name '" + expectedId + "', got '" + id + "'");
        }
        String title = root.requireText("title");
        if (title.length() > MAX_TITLE || title.contains("\n")) {
            root.problem("title", root.lineOf("title"), "must be one line of at most " + MAX_TITLE + " characters");
        }
        org.boundarylab.protection.PlainText.hiddenInName(title)
                .ifPresent(cp -> root.problem(
                        "title",
                        root.lineOf("title"),
                        "contains the hidden character " + org.boundarylab.protection.PlainText.describe(cp)
                                + "; remove it"));
        String source = root.requireText("source");
        int difficulty = root.requireInt("difficulty", 1, 3);
        List<String> tags = root.textList("tags");
        // one vocabulary of boundary dimensions, so the library's filter and the reports stay comparable
        tags.stream()
                .filter(t -> !Vignette.BOUNDARY_DIMENSIONS.contains(t))
                .forEach(t -> root.problem(
                        "tags",
                        root.lineOf("tags"),
                        "'" + t + "' is not a boundary dimension; use "
                                + String.join(", ", Vignette.BOUNDARY_DIMENSIONS)));
        String summary = root.requireText("summary");
        List<Segment> segments = readSegments(root);
        KnowledgeCheck question = readQuestion(root);
        People people = readPeople(root);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Vignette(
                id, title, source, difficulty, tags, summary, segments, root.textList("references"), question, people);
    }

    private static List<Segment> readSegments(YamlFields root) {
        List<YamlFields> items = root.mappings("segments");
        if (root.has("segments") && items.isEmpty()) {
            root.problem("segments", root.lineOf("segments"), "must list at least one segment");
        }
        List<Segment> segments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlFields item : items) {
            for (String key : item.keys()) {
                if (!KNOWN_SEGMENT_FIELDS.contains(key)) {
                    item.problem(
                            key, item.lineOf(key), "unknown field (known: control, cues, explanation, id, key, text)");
                }
            }
            String id = item.requireText("id");
            if (!id.isEmpty() && !ids.add(id)) {
                item.problem("id", item.lineOf("id"), "duplicate segment id '" + id + "'");
            }
            String text = item.requireText("text");
            Set<Characteristic> key = readKey(item);
            Map<Characteristic, List<String>> cues = readCues(item, key, new PhraseLocator(text));
            String explanation = item.requireText("explanation");
            segments.add(new Segment(id, text, key, cues, explanation, readControl(item, key)));
        }
        return segments;
    }

    /** Optional: question: {text: ..., expects: [CHARACTERISTIC, ...]}. */
    private static KnowledgeCheck readQuestion(YamlFields root) {
        YamlFields q = root.mapping("question").orElse(null);
        if (q == null) {
            return null;
        }
        String text = q.requireText("text"); // QUESTION_FIELDS
        Set<Characteristic> expects = EnumSet.noneOf(Characteristic.class);
        for (String code : q.textList("expects")) {
            Characteristic.fromCode(code)
                    .ifPresentOrElse(
                            expects::add, () -> q.problem("expects", q.lineOf("expects"), unknownCharacteristic(code)));
        }
        if (q.textList("expects").isEmpty()) {
            q.problem("expects", q.lineOf("expects"), "must list the characteristics a right answer names");
        }
        return new KnowledgeCheck(text, expects);
    }

    /**
     * Optional: who the case is about, so feedback can name them. people: {client: {name: Mary,
     * pronouns: she}, professional: {name: Russ, pronouns: he}}; either person may be left out.
     */
    private static People readPeople(YamlFields root) {
        YamlFields people = root.mapping("people").orElse(null);
        if (people == null) {
            return People.NONE;
        }
        unknownFields(people, KNOWN_PEOPLE_FIELDS);
        if (people.keys().isEmpty()) {
            root.problem("people", root.lineOf("people"), "must name the client, the professional or both");
        }
        return new People(readPerson(people, "client"), readPerson(people, "professional"));
    }

    /** One person of {@code people:}: {name: ..., pronouns: she | he | they}; null when absent or invalid. */
    private static Person readPerson(YamlFields people, String role) {
        YamlFields person = people.mapping(role).orElse(null);
        if (person == null) {
            return null;
        }
        unknownFields(person, KNOWN_PERSON_FIELDS);
        String name = person.requireText("name");
        if (name.length() > MAX_NAME || name.contains("\n")) {
            person.problem("name", person.lineOf("name"), "must be one line of at most " + MAX_NAME + " characters");
            name = "";
        }
        String code = person.requireText("pronouns");
        Pronouns pronouns = Pronouns.fromCode(code).orElse(null);
        if (!code.isEmpty() && pronouns == null) {
            person.problem("pronouns", person.lineOf("pronouns"), "must be she, he or they, got '" + code + "'");
        }
        return name.isEmpty() || pronouns == null ? null : new Person(name, pronouns);
    }

    private static void unknownFields(YamlFields fields, Set<String> known) {
        for (String key : fields.keys()) {
            if (!known.contains(key)) {
                fields.problem(
                        key,
                        fields.lineOf(key),
                        "unknown field (known: "
                                + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static Set<Characteristic> readKey(YamlFields item) {
        if (!item.has("key")) {
            item.problem("key", item.line(), "is missing (write key: [] when no characteristic is present)");
            return Set.of();
        }
        Set<Characteristic> key = EnumSet.noneOf(Characteristic.class);
        for (String code : item.textList("key")) {
            Characteristic.fromCode(code)
                    .ifPresentOrElse(
                            c -> {
                                if (!key.add(c)) {
                                    item.problem("key", item.lineOf("key"), "lists " + code + " twice");
                                }
                            },
                            () -> item.problem("key", item.lineOf("key"), unknownCharacteristic(code)));
        }
        return key;
    }

    /** Optional: control: normal-imbalance | crossing, only where the key is empty. */
    private static Control readControl(YamlFields item, Set<Characteristic> key) {
        if (!item.has("control")) {
            return null;
        }
        String code = item.requireText("control");
        Control control = Control.fromCode(code).orElse(null);
        if (control == null) {
            item.problem("control", item.lineOf("control"), "must be normal-imbalance or crossing, got '" + code + "'");
        } else if (!key.isEmpty()) {
            item.problem(
                    "control",
                    item.lineOf("control"),
                    "describes a segment without a violation, but the key lists " + key);
        }
        return control;
    }

    private static Map<Characteristic, List<String>> readCues(
            YamlFields item, Set<Characteristic> key, PhraseLocator text) {
        Map<Characteristic, List<String>> cues = new EnumMap<>(Characteristic.class);
        for (YamlFields.Entry entry : item.entries("cues")) {
            Characteristic c = Characteristic.fromCode(entry.name()).orElse(null);
            if (c == null) {
                item.problem("cues." + entry.name(), entry.line(), unknownCharacteristic(entry.name()));
                continue;
            }
            if (!key.contains(c)) {
                item.problem(
                        "cues." + entry.name(),
                        entry.line(),
                        "has cues but " + c.name() + " is not in this segment's key");
            }
            for (String phrase : entry.values()) {
                cueProblem(text, phrase)
                        .ifPresent(problem -> item.problem("cues." + entry.name(), entry.line(), problem));
            }
            cues.put(c, List.copyOf(entry.values()));
        }
        for (Characteristic c : key) {
            if (cues.getOrDefault(c, List.of()).isEmpty()) {
                item.problem("cues", item.lineOf("key"), c.name() + " is in the key but has no cue phrase");
            }
        }
        return new LinkedHashMap<>(cues);
    }

    /**
     * What is wrong with a cue by the evidence rule's words, if anything: its words must occur
     * consecutively in the segment's words, and at least one must be a content word (function words
     * such as "the" never count as evidence, so a cue of only those could never be highlighted).
     */
    public static Optional<String> cueProblem(PhraseLocator text, String cue) {
        PhraseLocator.Located located = text.locate(cue);
        if (!located.found()) {
            return Optional.of("cue \"" + cue + "\" does not occur in the segment's text (its words, in this order)");
        }
        if (located.contentWords() == 0) {
            return Optional.of("cue \"" + cue + "\" has only function words (such as \"the\", \"of\", \"was\"), "
                    + "which never count as evidence: a cue needs at least one word that carries meaning");
        }
        return Optional.empty();
    }

    private static String unknownCharacteristic(String code) {
        return "unknown characteristic '" + code
                + "' (known: ROLE_REVERSAL, PROFESSIONAL_PRIVILEGE, DOUBLE_BIND, SECRECY)";
    }
}
