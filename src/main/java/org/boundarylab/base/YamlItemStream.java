package org.boundarylab.base;

import java.io.StringReader;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer driven one list item at a time: the items of a top-level field such as
 * {@code responses} are composed and handed on one by one, so a cohort's batch never exists as one
 * tree (with a line mark on every node, that tree cost more to build and collect than to parse).
 */
final class YamlItemStream extends Composer {

    private YamlItemStream(String content, LoaderOptions options) {
        super(new ParserImpl(new StreamReader(new StringReader(content)), options), new Resolver(), options);
    }

    /**
     * Calls back with each item under the top-level field {@code key}. Returns false, having called
     * back nothing, when the document is not a single mapping with that field holding a list;
     * throws SnakeYAML's exception on malformed YAML (possibly after some call-backs).
     */
    static boolean forEachItem(String content, LoaderOptions options, String key, BiConsumer<Integer, Node> each) {
        return new YamlItemStream(content, options).stream(key, each);
    }

    private boolean stream(String key, BiConsumer<Integer, Node> each) {
        if (!next(Event.ID.StreamStart) || !next(Event.ID.DocumentStart) || !parser.checkEvent(Event.ID.MappingStart)) {
            return false;
        }
        parser.getEvent();
        boolean seen = false;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Node name = composeKeyNode(null);
            boolean theList = !seen
                    && name instanceof ScalarNode s
                    && key.equals(s.getValue())
                    && parser.checkEvent(Event.ID.SequenceStart);
            if (!theList) {
                // only the first field of that name counts, as in the whole tree
                composeValueNode(null);
                if (!seen && name instanceof ScalarNode s && key.equals(s.getValue())) {
                    return false;
                }
                continue;
            }
            seen = true;
            parser.getEvent();
            for (int i = 0; !parser.checkEvent(Event.ID.SequenceEnd); i++) {
                each.accept(i, composeValueNode(null));
            }
            parser.getEvent();
        }
        parser.getEvent();
        if (!seen) {
            return false;
        }
        // exactly one document, as the whole-tree reading requires
        if (!next(Event.ID.DocumentEnd) || !next(Event.ID.StreamEnd)) {
            throw new IllegalStateException("not a single document");
        }
        return true;
    }

    private boolean next(Event.ID id) {
        if (!parser.checkEvent(id)) {
            return false;
        }
        parser.getEvent();
        return true;
    }
}
