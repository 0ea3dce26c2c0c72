package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.boundarylab.vignette.Characteristic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;
import org.boundarylab.judgment.rules.facts.Feedback;

/**
 * The feedback texts (rules/messages.yaml). A message key such as {@code CONFUSED.DOUBLE_BIND.SECRECY}
 * falls back to shorter keys ({@code CONFUSED.DOUBLE_BIND}, {@code CONFUSED}). Placeholders:
 * {label} (capitalised), {name} (lower case), and any fact the rule passed, e.g. {expert cue}. The order of {@code order} is the order
 * in which feedback is shown.
 */
public final class MessageCatalog {

    private final Map<String, String> messages;
    private final List<String> order;
    private final Map<String, Integer> ranks = new HashMap<>();
    /** Templates by message key; keys are few (codes, characteristics and pairs of them). */
    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Comparator<Feedback> displayOrder = (a, b) -> {
        int byCode = Integer.compare(rank(a.code()), rank(b.code()));
        if (byCode != 0) {
            return byCode;
        }
        int byCharacteristic = Integer.compare(ordinal(a), ordinal(b));
        return byCharacteristic != 0 ? byCharacteristic : a.messageKey().compareTo(b.messageKey());
    };

    private MessageCatalog(Map<String, String> messages, List<String> order) {
        this.messages = Map.copyOf(messages);
        this.order = List.copyOf(order);
        for (int i = order.size() - 1; i >= 0; i--) {
            ranks.put(order.get(i), i);
        }
    }

    public static MessageCatalog parse(String content, String fileName) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        YamlFields root = YamlFields.parse(content, fileName, problems);
        List<String> order = root.textList("order");
        if (order.isEmpty()) {
            root.problem("order", root.line(), "must list the feedback codes in the order they are shown");
        }
        Map<String, String> messages = new LinkedHashMap<>();
        for (YamlFields.Entry entry : root.entries("messages")) {
            if (entry.values().size() != 1) {
                root.problem("messages." + entry.name(), entry.line(), "must be one text");
            } else {
                messages.put(entry.name(), entry.values().getFirst());
            }
        }
        if (messages.isEmpty()) {
            root.problem("messages", root.line(), "is missing or empty");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MessageCatalog(messages, order);
    }

    /** The text for a feedback fact, with its placeholders filled in. */
    public String render(Feedback feedback) {
        Template template = templates.computeIfAbsent(feedback.messageKey(),
                key -> Template.parse(lookup(key).orElse(feedback.code())));
        return template.fill(feedback);
    }

    public Optional<String> lookup(String key) {
        String k = key;
        while (true) {
            if (messages.containsKey(k)) {
                return Optional.of(messages.get(k));
            }
            int dot = k.lastIndexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            k = k.substring(0, dot);
        }
    }

    /** Position of a code in the display order; unknown codes go last. */
    /** The order feedback is shown in: by code as {@code order} lists them, then by characteristic, then by message key. */
    public Comparator<Feedback> displayOrder() {
        return displayOrder;
    }

    private int rank(String code) {
        return ranks.getOrDefault(code, order.size());
    }

    private static int ordinal(Feedback f) {
        return f.characteristic() == null ? -1 : f.characteristic().ordinal();
    }

    /** A message split once into literal text and {placeholders}, so rendering is one pass. */
    private record Template(List<String> parts) {

        /** Even positions are literal text, odd positions placeholder names. */
        static Template parse(String text) {
            List<String> parts = new ArrayList<>();
            int from = 0;
            while (true) {
                int open = text.indexOf('{', from);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (close < 0) {
                    parts.add(text.substring(from));
                    return new Template(List.copyOf(parts));
                }
                parts.add(text.substring(from, open));
                parts.add(text.substring(open + 1, close));
                from = close + 1;
            }
        }

        String fill(Feedback feedback) {
            if (parts.size() == 1) {
                // no placeholders: the text itself, shared by every judgment that gets it
                return parts.getFirst();
            }
            String[] pieces = new String[parts.size()];
            for (int i = 0; i < pieces.length; i++) {
                String part = parts.get(i);
                String value = i % 2 == 0 ? part : value(part, feedback);
                pieces[i] = value == null ? "{" + part + "}" : value;
            }
            // join sizes the message exactly: one copy, where a builder grows and copies again
            return String.join("", pieces);
        }

        private static String value(String name, Feedback feedback) {
            Characteristic c = feedback.characteristic();
            if (c != null && name.equals("label")) {
                return c.label();
            }
            if (c != null && name.equals("name")) {
                return c.label().toLowerCase(Locale.ROOT);
            }
            return feedback.because().get(name);
        }
    }
}
