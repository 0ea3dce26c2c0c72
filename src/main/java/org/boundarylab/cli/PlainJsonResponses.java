package org.boundarylab.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Vignette;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The fast path for a cohort's JSON batch: reads responses straight from Jackson's tokens, with no
 * node tree and no line bookkeeping. It accepts only what is plainly valid (the fields as
 * docs/formats.md gives them, known vignettes, segments and characteristics) and gives up, by throwing
 * {@link NotPlain}, at the first thing that is not, so that {@link ResponsesReader}'s full reader
 * reads the file again and names the file, line and field as it always has.
 */
final class PlainJsonResponses {

    private static final JsonFactory JSON = new JsonFactory();

    /** The file needs the full reader: it is invalid, or valid in a way this path does not handle. */
    static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private PlainJsonResponses() {}

    /** Hands each response to {@code onValid} in order; throws {@link NotPlain} (perhaps after some) if the file needs the full reader. */
    static void read(String content, Map<String, Vignette> vignettes, Consumer<ResponsesReader.Response> onValid) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), content)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            boolean seen = false;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"responses".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                if (seen) {
                    throw new NotPlain();
                }
                seen = true;
                expect(value, JsonToken.START_ARRAY);
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    expect(item, JsonToken.START_OBJECT);
                    onValid.accept(response(parser, vignettes));
                }
            }
            if (!seen || parser.nextToken() != null) {
                throw new NotPlain();
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new NotPlain();
        }
    }

    private static ResponsesReader.Response response(JsonParser parser, Map<String, Vignette> vignettes) {
        String trainee = null;
        Vignette vignette = null;
        List<Judgment> judgments = null;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "trainee" -> trainee = firstText(trainee, parser, value);
                case "vignette" -> vignette = known(vignettes.get(firstText(vignette, parser, value)));
                case "judgments" -> {
                    if (judgments != null) {
                        throw new NotPlain();
                    }
                    expect(value, JsonToken.START_ARRAY);
                    judgments = new ArrayList<>();
                    for (JsonToken j = parser.nextToken(); j != JsonToken.END_ARRAY; j = parser.nextToken()) {
                        expect(j, JsonToken.START_OBJECT);
                        judgments.add(judgment(parser));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (trainee == null || vignette == null || judgments == null) {
            throw new NotPlain();
        }
        for (Judgment j : judgments) {
            known(vignette.segment(j.segmentId()).orElse(null));
        }
        return new ResponsesReader.Response(trainee, vignette, judgments);
    }

    private static Judgment judgment(JsonParser parser) {
        String segment = null;
        Set<Characteristic> marked = null;
        List<String> evidence = null;
        String rationale = null;
        Integer confidence = null;
        boolean confidenceSeen = false;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "segment" -> segment = firstText(segment, parser, value);
                case "marked" -> {
                    once(marked);
                    marked = marks(texts(parser, value));
                }
                case "evidence" -> {
                    once(evidence);
                    evidence = texts(parser, value);
                }
                case "rationale" -> {
                    once(rationale);
                    rationale = optionalText(parser, value);
                }
                case "confidence" -> {
                    once(confidenceSeen ? Boolean.TRUE : null);
                    confidenceSeen = true;
                    confidence = confidence(parser, value);
                }
                default -> parser.skipChildren();
            }
        }
        if (segment == null) {
            throw new NotPlain();
        }
        return new Judgment(
                segment,
                marked == null ? Set.of() : marked,
                evidence == null ? List.of() : evidence,
                rationale == null ? "" : rationale,
                confidence);
    }

    /** A required text, given once and not blank. */
    private static String firstText(Object before, JsonParser parser, JsonToken value) {
        once(before);
        expect(value, JsonToken.VALUE_STRING);
        String text = parser.getString().strip();
        if (text.isEmpty()) {
            throw new NotPlain();
        }
        return text;
    }

    private static String optionalText(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return "";
        }
        expect(value, JsonToken.VALUE_STRING);
        return parser.getString().strip();
    }

    /** A list of texts, a single text (a one-item list, none if blank) or null (none). */
    private static List<String> texts(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (value == JsonToken.VALUE_STRING) {
            String text = parser.getString().strip();
            return text.isEmpty() ? List.of() : List.of(text);
        }
        expect(value, JsonToken.START_ARRAY);
        List<String> texts = new ArrayList<>(4);
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            expect(item, JsonToken.VALUE_STRING);
            texts.add(parser.getString().strip());
        }
        return texts;
    }

    private static Set<Characteristic> marks(List<String> codes) {
        Set<Characteristic> marked = EnumSet.noneOf(Characteristic.class);
        for (String code : codes) {
            marked.add(known(characteristic(code)));
        }
        return marked;
    }

    private static Characteristic characteristic(String code) {
        for (Characteristic c : Characteristic.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return null;
    }

    private static Integer confidence(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.VALUE_NUMBER_INT);
        int certainty = parser.getIntValue();
        if (certainty < 1 || certainty > 3) {
            throw new NotPlain();
        }
        return certainty;
    }

    /** A field given twice is left to the full reader. */
    private static void once(Object before) {
        if (before != null) {
            throw new NotPlain();
        }
    }

    private static <T> T known(T found) {
        if (found == null) {
            throw new NotPlain();
        }
        return found;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new NotPlain();
        }
    }
}
