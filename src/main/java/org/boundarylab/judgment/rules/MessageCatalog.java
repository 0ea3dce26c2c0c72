package org.boundarylab.judgment.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.boundarylab.base.InputProblem;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.base.YamlFields;
import org.boundarylab.judgment.rules.facts.Feedback;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;
import org.boundarylab.vignette.Pronouns;

/**
 * The feedback texts (rules/messages.yaml). A message key such as {@code CONFUSED.DOUBLE_BIND.SECRECY}
 * falls back to shorter keys ({@code CONFUSED.DOUBLE_BIND}, {@code CONFUSED}). Placeholders:
 * {label} (capitalised), {name} (lower case), any fact the rule passed, e.g. {expert cue}, and the
 * case's people: {client} and {professional} (the name, or "the client" / "the professional"), a
 * pronoun form after a colon named by its "they" form ({client:they}, {client:them}, {client:their},
 * {client:theirs}, {client:themselves}), verb forms that agree with the pronoun ({client:are},
 * {client:were}, {client:have}, {client:do}, and {client:s}, the ending of a verb in the present), and
 * each with a capital first letter for the start of a sentence ({Client}, {Professional:they}). A
 * case without people gets "the client", "the professional" and "they". The order of {@code order}
 * is the order in which feedback is shown.
 */
public final class MessageCatalog implements org.boundarylab.judgment.FeedbackMessages {

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

    /** The two people a placeholder can name. */
    static final String CLIENT = "client";

    static final String PROFESSIONAL = "professional";

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
                String text = entry.values().getFirst();
                String wrong = Template.unknownPeoplePlaceholder(text);
                if (wrong != null) {
                    root.problem(
                            "messages." + entry.name(),
                            entry.line(),
                            "unknown placeholder {" + wrong
                                    + "}: a person is {client} or {professional}, with a form after a colon: "
                                    + String.join(", ", formCodes()));
                }
                messages.put(entry.name(), text);
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

    /** The text for a feedback fact, with its placeholders filled in, for a case that names no one. */
    public String render(Feedback feedback) {
        return render(feedback, People.NONE);
    }

    /** The text for a feedback fact, with its placeholders filled in and worded for the case's people. */
    public String render(Feedback feedback, People people) {
        Template template = templates.computeIfAbsent(
                feedback.messageKey(), key -> Template.parse(lookup(key).orElse(feedback.code())));
        return template.fill(feedback, people == null ? People.NONE : people);
    }

    @Override
    public String render(String messageKey, Characteristic characteristic, People people, Map<String, String> facts) {
        return render(new Feedback(messageKey.split("\\.")[0], characteristic, messageKey, "", facts), people);
    }

    /** Every message key in the catalogue, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(messages.keySet());
    }

    private static List<String> formCodes() {
        List<String> codes = new ArrayList<>();
        for (Pronouns.Form f : Pronouns.Form.values()) {
            codes.add(f.code());
        }
        return codes;
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

    /**
     * A message split once into literal text and placeholders, each placeholder resolved once to
     * what fills it, so that rendering is one pass of constant look-ups and one join, without regex.
     */
    private static final class Template {

        /** The text itself when it has no placeholders: shared by every judgment that gets it. */
        private final String constant;
        /** Literal text before each placeholder, and after the last: one more than {@link #slots}. */
        private final String[] literals;

        private final Slot[] slots;

        private Template(String constant, String[] literals, Slot[] slots) {
            this.constant = constant;
            this.literals = literals;
            this.slots = slots;
        }

        static Template parse(String text) {
            List<String> literals = new ArrayList<>();
            List<Slot> slots = new ArrayList<>();
            int from = 0;
            while (true) {
                int open = text.indexOf('{', from);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (close < 0) {
                    literals.add(text.substring(from));
                    break;
                }
                literals.add(text.substring(from, open));
                slots.add(Slot.of(text.substring(open + 1, close)));
                from = close + 1;
            }
            return slots.isEmpty()
                    ? new Template(text, null, null)
                    : new Template(null, literals.toArray(String[]::new), slots.toArray(Slot[]::new));
        }

        /** The first placeholder that starts like a person's but names no known form, or null. */
        static String unknownPeoplePlaceholder(String text) {
            int from = 0;
            while (true) {
                int open = text.indexOf('{', from);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (close < 0) {
                    return null;
                }
                String name = text.substring(open + 1, close);
                int colon = name.indexOf(':');
                if (colon > 0
                        && isPerson(name.substring(0, colon))
                        && Pronouns.Form.fromCode(name.substring(colon + 1)).isEmpty()) {
                    return name;
                }
                from = close + 1;
            }
        }

        String fill(Feedback feedback, People people) {
            if (constant != null) {
                return constant;
            }
            String[] pieces = new String[literals.length + slots.length];
            for (int i = 0; i < slots.length; i++) {
                pieces[2 * i] = literals[i];
                pieces[2 * i + 1] = slots[i].value(feedback, people);
            }
            pieces[pieces.length - 1] = literals[slots.length];
            // join sizes the message exactly: one copy, where a builder grows and copies again
            return String.join("", pieces);
        }
    }

    private static boolean isPerson(String who) {
        return who.equals(CLIENT) || who.equals("Client") || who.equals(PROFESSIONAL) || who.equals("Professional");
    }

    /**
     * What fills one placeholder: the characteristic's label or name, a person's name or pronoun,
     * or a fact the rule passed (left as {name} when the rule passed no such fact).
     */
    private record Slot(int kind, String name, boolean client, Pronouns.Form form, boolean capital) {

        static final int LABEL = 0;
        static final int NAME = 1;
        static final int PERSON = 2;
        static final int FACT = 3;

        static Slot of(String placeholder) {
            if (placeholder.equals("label")) {
                return new Slot(LABEL, placeholder, false, null, false);
            }
            if (placeholder.equals("name")) {
                return new Slot(NAME, placeholder, false, null, false);
            }
            int colon = placeholder.indexOf(':');
            String who = colon < 0 ? placeholder : placeholder.substring(0, colon);
            Pronouns.Form form = colon < 0
                    ? null
                    : Pronouns.Form.fromCode(placeholder.substring(colon + 1)).orElse(null);
            if (isPerson(who) && (colon < 0 || form != null)) {
                return new Slot(
                        PERSON, placeholder, who.equalsIgnoreCase(CLIENT), form, Character.isUpperCase(who.charAt(0)));
            }
            return new Slot(FACT, placeholder, false, null, false);
        }

        String value(Feedback feedback, People people) {
            return switch (kind) {
                case LABEL ->
                    feedback.characteristic() == null
                            ? "{" + name + "}"
                            : feedback.characteristic().label();
                case NAME ->
                    feedback.characteristic() == null ? "{" + name + "}" : lowerLabel(feedback.characteristic());
                case PERSON -> person(client ? people.client() : people.professional());
                default -> {
                    String fact = feedback.because().get(name);
                    yield fact == null ? "{" + name + "}" : fact;
                }
            };
        }

        private String person(Person person) {
            if (form == null) {
                return person != null
                        ? person.name()
                        : client
                                ? (capital ? "The client" : "the client")
                                : (capital ? "The professional" : "the professional");
            }
            Pronouns pronouns = person == null ? Pronouns.THEY : person.pronouns();
            return capital ? pronouns.capitalisedForm(form) : pronouns.form(form);
        }
    }

    /** The characteristic's label in lower case, made once per characteristic. */
    private static final Map<Characteristic, String> LOWER_LABELS = lowerLabels();

    private static Map<Characteristic, String> lowerLabels() {
        Map<Characteristic, String> labels = new java.util.EnumMap<>(Characteristic.class);
        for (Characteristic c : Characteristic.values()) {
            labels.put(c, c.label().toLowerCase(Locale.ROOT));
        }
        return labels;
    }

    private static String lowerLabel(Characteristic c) {
        return LOWER_LABELS.get(c);
    }
}
