package org.boundarylab.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the items of a JSON batch into the same node trees, with line numbers, that SnakeYAML composes
 * from YAML, so one reader serves both. JSON is YAML too, but Jackson's streaming parser reads it several
 * times faster than SnakeYAML: it matters for the scorer's batches of a whole cohort.
 */
final class JsonComposer {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int[] NO_BUFFER = new int[0];

    private JsonComposer() {}

    /** Whether the text is meant as JSON: its first character that is not white space opens an object or array. */
    static boolean looksLikeJson(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * Streams the items of the top-level array field {@code key} of a JSON object, composing one item
     * at a time, so a large batch never exists as one tree. Returns false, having called back nothing,
     * when the document is not an object with that field holding an array; throws on malformed JSON
     * (possibly after some call-backs).
     */
    static boolean forEachItem(String content, String file, String key, BiConsumer<Integer, Node> each) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            boolean seen = false;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (seen || !key.equals(name)) {
                    // only the first field of that name counts, as in the node tree
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    return false;
                }
                seen = true;
                int i = 0;
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    each.accept(i++, value(parser, item, file));
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one value");
            }
            return seen;
        }
    }

    private static Node value(JsonParser parser, JsonToken token, String file) {
        Mark mark = mark(parser, file);
        return switch (token) {
            case START_OBJECT -> {
                List<NodeTuple> fields = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    Node key = new ScalarNode(
                            Tag.STR,
                            parser.currentName(),
                            mark(parser, file),
                            null,
                            DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                    fields.add(new NodeTuple(key, value(parser, parser.nextToken(), file)));
                }
                yield new MappingNode(Tag.MAP, true, fields, mark, null, DumperOptions.FlowStyle.FLOW);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, file));
                }
                yield new SequenceNode(Tag.SEQ, true, items, mark, null, DumperOptions.FlowStyle.FLOW);
            }
            case VALUE_STRING -> scalar(Tag.STR, parser.getString(), mark);
            case VALUE_NUMBER_INT -> scalar(Tag.INT, parser.getText(), mark);
            case VALUE_NUMBER_FLOAT -> scalar(Tag.FLOAT, parser.getText(), mark);
            case VALUE_TRUE, VALUE_FALSE -> scalar(Tag.BOOL, parser.getText(), mark);
            case VALUE_NULL -> scalar(Tag.NULL, "null", mark);
            default -> throw new IllegalArgumentException("unexpected " + token);
        };
    }

    private static ScalarNode scalar(Tag tag, String value, Mark mark) {
        return new ScalarNode(tag, value, mark, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /** SnakeYAML counts lines from 0, Jackson from 1. */
    private static Mark mark(JsonParser parser, String file) {
        var at = parser.currentTokenLocation();
        return new Mark(file, 0, Math.max(0, at.getLineNr() - 1), Math.max(0, at.getColumnNr() - 1), NO_BUFFER, 0);
    }
}
