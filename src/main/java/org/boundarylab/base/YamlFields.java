package org.boundarylab.base;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.boundarylab.protection.PlainText;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML (or JSON) mapping read as a node tree, so that every problem can name its line. Accessors
 * record problems in a shared list and return an empty value, so one pass reports them all.
 */
public final class YamlFields {

    /** The longest text any field may hold: a segment's text is a few hundred characters. */
    public static final int MAX_TEXT = 10_000;

    /** Vignettes, rules and catalogues are small; a longer document is refused, not parsed. */
    public static final int MAX_DOCUMENT_CHARS = 5_000_000;

    private final String file;
    private final String path;
    private final MappingNode node;
    private final List<InputProblem> problems;

    private YamlFields(String file, String path, MappingNode node, List<InputProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    /** Parses a whole document whose root must be a mapping. */
    public static YamlFields parse(String content, String file, List<InputProblem> problems)
            throws InvalidInputException {
        return parse(content, file, problems, MAX_DOCUMENT_CHARS);
    }

    /** As {@link #parse(String, String, List)}, for documents that may be larger (batches of responses). */
    public static YamlFields parse(String content, String file, List<InputProblem> problems, int maxChars)
            throws InvalidInputException {
        LoaderOptions options = loaderOptions(maxChars);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidInputException(
                    new InputProblem(file, line, "(document)", "not valid YAML or JSON: " + firstLine(e.getProblem())));
        } catch (YAMLException e) {
            throw new InvalidInputException(
                    new InputProblem(file, 0, "(document)", "not valid YAML or JSON: " + firstLine(e.getMessage())));
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InvalidInputException(new InputProblem(
                    file,
                    root == null ? 0 : line(root),
                    "(document)",
                    "expected a mapping of fields at the top level"));
        }
        return new YamlFields(file, "", mapping, problems);
    }

    /**
     * The mappings listed under the top-level field {@code key} of a document, one at a time: as
     * {@code parse(...).mappings(key)} gives them, with the same problems, but a large batch (YAML or JSON) is
     * read item by item instead of as one tree. {@code restart} runs if items already given must be
     * forgotten because the document is read again the slow way (to describe what is wrong with it).
     */
    public static void forEachMapping(
            String content,
            String file,
            List<InputProblem> problems,
            int maxChars,
            String key,
            Consumer<YamlFields> each,
            Runnable restart)
            throws InvalidInputException {
        if (content.length() <= maxChars) {
            int before = problems.size();
            BiConsumer<Integer, Node> item = (i, node) -> {
                String itemPath = key + "[" + i + "]";
                if (node instanceof MappingNode m) {
                    each.accept(new YamlFields(file, itemPath, m, problems));
                } else {
                    problems.add(new InputProblem(file, line(node), itemPath, "must be a mapping of fields"));
                }
            };
            try {
                boolean streamed = JsonComposer.looksLikeJson(content)
                        ? JsonComposer.forEachItem(content, file, key, item)
                        : YamlItemStream.forEachItem(content, loaderOptions(maxChars), key, item);
                if (streamed) {
                    return;
                }
            } catch (RuntimeException e) {
                // read again as one tree below: that says what is wrong, and where, as it always has
                problems.subList(before, problems.size()).clear();
                restart.run();
            }
        }
        parse(content, file, problems, maxChars).mappings(key).forEach(each);
    }

    /** Whether the text is meant as JSON: its first character that is not white space opens an object or array. */
    public static boolean looksLikeJson(String content) {
        return JsonComposer.looksLikeJson(content);
    }

    private static LoaderOptions loaderOptions(int maxChars) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxChars);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line(node);
    }

    public String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public void problem(String key, int line, String message) {
        problems.add(new InputProblem(file, line, fieldPath(key), message));
    }

    public boolean has(String key) {
        return find(key).isPresent();
    }

    public int lineOf(String key) {
        return find(key).map(YamlFields::line).orElse(line());
    }

    public List<String> keys() {
        return node.getValue().stream().map(t -> scalarText(t.getKeyNode())).toList();
    }

    /** A required non-blank text field; records a problem and returns "" when absent. */
    public String requireText(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            problem(key, line(), "is missing");
            return "";
        }
        if (!(value.get() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(key, line(value.get()), "must be non-empty text");
            return "";
        }
        return checked(key, scalar, scalar.getValue().strip());
    }

    /**
     * A text as read, after refusing what no field may hold: hidden control and direction
     * characters, and more than {@link #MAX_TEXT} characters.
     */
    private String checked(String key, Node node, String text) {
        if (text.length() > MAX_TEXT) {
            problem(key, line(node), "is " + text.length() + " characters long; at most " + MAX_TEXT + " are allowed");
            return text.substring(0, MAX_TEXT);
        }
        PlainText.hiddenInText(text)
                .ifPresent(cp -> problem(
                        key,
                        line(node),
                        "contains the hidden character " + PlainText.describe(cp)
                                + " (a control, direction or unassigned character); remove it"));
        return text;
    }

    public Optional<String> optionalText(String key) {
        return find(key)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue().strip())
                .filter(s -> !s.isEmpty());
    }

    public Optional<Integer> optionalInt(String key, int min, int max) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get() instanceof ScalarNode s ? s.getValue().strip() : "";
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(key, line(value.get()), "must be a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    public int requireInt(String key, int min, int max) {
        if (!has(key)) {
            problem(key, line(), "is missing");
            return min;
        }
        return optionalInt(key, min, max).orElse(min);
    }

    /** A list of texts; a single scalar counts as a one-item list. Absent gives an empty list. */
    public List<String> textList(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            return List.of();
        }
        return textItems(value.get(), key);
    }

    /** Each entry of a mapping field, e.g. cues: {SECRECY: [...]}. */
    public List<Entry> entries(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof MappingNode mapping)) {
            if (value.get() instanceof ScalarNode s && s.getValue().isBlank()) {
                return List.of();
            }
            problem(key, line(value.get()), "must be a mapping");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = scalarText(tuple.getKeyNode());
            entries.add(new Entry(name, line(tuple.getKeyNode()), textItems(tuple.getValueNode(), key + "." + name)));
        }
        return entries;
    }

    /** An optional nested mapping, e.g. question: {text: ..., expects: [...]}. */
    public Optional<YamlFields> mapping(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof MappingNode m) {
            return Optional.of(new YamlFields(file, fieldPath(key), m, problems));
        }
        problem(key, line(value.get()), "must be a mapping of fields");
        return Optional.empty();
    }

    /** A required list of mappings, e.g. segments. */
    public List<YamlFields> mappings(String key) {
        Optional<Node> value = find(key);
        if (value.isEmpty()) {
            problem(key, line(), "is missing");
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problem(key, line(value.get()), "must be a list");
            return List.of();
        }
        List<YamlFields> items = new ArrayList<>();
        List<Node> children = sequence.getValue();
        for (int i = 0; i < children.size(); i++) {
            String itemPath = fieldPath(key) + "[" + i + "]";
            if (children.get(i) instanceof MappingNode m) {
                items.add(new YamlFields(file, itemPath, m, problems));
            } else {
                problems.add(new InputProblem(file, line(children.get(i)), itemPath, "must be a mapping of fields"));
            }
        }
        return items;
    }

    /** A named list-valued entry of a mapping field, with the line of its name. */
    public record Entry(String name, int line, List<String> values) {}

    private List<String> textItems(Node value, String key) {
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank()
                    ? List.of()
                    : List.of(checked(key, scalar, scalar.getValue().strip()));
        }
        if (!(value instanceof SequenceNode sequence)) {
            problem(key, line(value), "must be a list of texts");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode s) {
                texts.add(checked(key, s, s.getValue().strip()));
            } else {
                problem(key, line(item), "must be a list of texts");
            }
        }
        return texts;
    }

    private Optional<Node> find(String key) {
        return node.getValue().stream()
                .filter(t -> key.equals(scalarText(t.getKeyNode())))
                .map(NodeTuple::getValueNode)
                .findFirst()
                .filter(n -> !(n instanceof ScalarNode s
                        && "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", ""))));
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(String text) {
        return text == null ? "unreadable" : text.lines().findFirst().orElse(text);
    }
}
