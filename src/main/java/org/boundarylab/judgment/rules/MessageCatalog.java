package org.boundarylab.judgment.rules;

import java.util.ArrayList;
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

    private MessageCatalog(Map<String, String> messages, List<String> order) {
        this.messages = Map.copyOf(messages);
        this.order = List.copyOf(order);
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
        String text = lookup(feedback.messageKey()).orElse(feedback.code());
        if (feedback.characteristic() != null) {
            text = text.replace("{label}", feedback.characteristic().label())
                    .replace("{name}", feedback.characteristic().label().toLowerCase(java.util.Locale.ROOT));
        }
        for (Map.Entry<String, String> fact : feedback.because().entrySet()) {
            text = text.replace("{" + fact.getKey() + "}", fact.getValue());
        }
        return text;
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
    public int rank(String code) {
        int i = order.indexOf(code);
        return i < 0 ? order.size() : i;
    }
}
