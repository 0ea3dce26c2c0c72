package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.boundarylab.base.InvalidInputException;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.rules.facts.Feedback;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Person;
import org.boundarylab.vignette.Pronouns;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteReader;
import org.junit.jupiter.api.Test;

/**
 * Feedback is worded for the case's people: every message of the catalogue, rendered for a case
 * without people and for every combination of she, he and they, names who it should and assumes
 * no one's gender; and the seed cases' own feedback names their own people.
 */
class MessageWordingTest {

    /** he, she and their other forms, as whole words. */
    private static final Pattern GENDERED = Pattern.compile("(?i)\\b(he|she|him|her|his|hers|himself|herself)\\b");
    /** Quoted text is the trainee's or the case's words: "..." and “...”. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");
    /** "they" with a verb made for she or he (the verbs messages use after a pronoun). */
    private static final Pattern THEY_DISAGREES = Pattern.compile(
            "(?i)\\bthey (is|was|has|does|trusts|seems|answers|looks|wants|needs|says|tells|feels|knows)\\b");

    private static final Pattern SINGULAR_DISAGREES = Pattern.compile("(?i)\\b(she|he) (are|were|have|do)\\b");
    private static final String CLIENT = "Alexa Quinn";
    private static final String PROFESSIONAL = "Dr Bo Ren";

    private static final MessageCatalog CATALOG = Scenario.CLASSIFIER.ruleBase().messages();

    @Test
    void without_people_no_message_says_he_or_she_outside_quotation_marks() {
        assertThat(CATALOG.keys()).hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        for (String key : CATALOG.keys()) {
            String text = render(key, People.NONE);
            assertThat(text).as(key).doesNotContain("{").doesNotContain("}");
            if (GENDERED.matcher(unquoted(text)).find()) {
                wrong.add(key + ": " + text);
            }
            if (THEY_DISAGREES.matcher(unquoted(text)).find()) {
                wrong.add(key + " (verb after they): " + text);
            }
        }
        assertThat(wrong)
                .as("messages that assume a gender, or say 'they' with a singular verb")
                .isEmpty();
    }

    @Test
    void with_people_every_message_names_them_and_uses_their_pronouns_grammatically() {
        List<String> wrong = new ArrayList<>();
        for (Pronouns client : Pronouns.values()) {
            for (Pronouns professional : Pronouns.values()) {
                People people = new People(new Person(CLIENT, client), new Person(PROFESSIONAL, professional));
                for (String key : CATALOG.keys()) {
                    String raw = CATALOG.lookup(key).orElseThrow();
                    String text = render(key, people);
                    String plain = unquoted(text);
                    assertThat(text).as(key).doesNotContain("{").doesNotContain("}");
                    if ((raw.contains("{client}") || raw.contains("{Client}")) && !text.contains(CLIENT)) {
                        wrong.add(key + " does not name the client: " + text);
                    }
                    if ((raw.contains("{professional}") || raw.contains("{Professional}"))
                            && !text.contains(PROFESSIONAL)) {
                        wrong.add(key + " does not name the professional: " + text);
                    }
                    if (plain.toLowerCase().contains("the client")
                            || plain.toLowerCase().contains("the professional")) {
                        wrong.add(key + " says 'the client' or 'the professional' where the case names them: " + text);
                    }
                    if (client == Pronouns.THEY
                            && professional == Pronouns.THEY
                            && GENDERED.matcher(plain).find()) {
                        wrong.add(key + " says he or she of people who go by they: " + text);
                    }
                    if (THEY_DISAGREES.matcher(plain).find()
                            || SINGULAR_DISAGREES.matcher(plain).find()) {
                        wrong.add(key + " (" + client.code() + "/" + professional.code() + ") verb does not agree: "
                                + text);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void pronoun_and_verb_placeholders_follow_the_person_and_capitals_start_sentences() throws Exception {
        MessageCatalog catalog = MessageCatalog.parse("""
                order: [X]
                messages:
                  X: "{Client} said {client:they} {client:are} fine; {Client:they} trust{client:s} {professional:them}, {professional:their} work and {professional:theirs}. {Professional:they} {professional:have} {professional:themselves} to thank, says {professional}."
                """, "messages.yaml");
        Feedback f = Feedback.of("X", null, "X", "a rule");
        assertThat(catalog.render(f, new People(new Person("Mary", Pronouns.SHE), new Person("Russ", Pronouns.HE))))
                .isEqualTo(
                        "Mary said she is fine; She trusts him, his work and his. He has himself to thank, says Russ.");
        assertThat(catalog.render(
                        f, new People(new Person("Daniel", Pronouns.HE), new Person("Ms Okafor", Pronouns.SHE))))
                .isEqualTo(
                        "Daniel said he is fine; He trusts her, her work and hers. She has herself to thank, says Ms Okafor.");
        assertThat(catalog.render(f, People.NONE))
                .isEqualTo(
                        "The client said they are fine; They trust them, their work and theirs. They have themselves to thank, says the professional.");
        assertThat(catalog.render(f, new People(null, new Person("Dr Lindqvist", Pronouns.HE))))
                .startsWith("The client said they are fine")
                .endsWith("He has himself to thank, says Dr Lindqvist.");
    }

    @Test
    void a_misspelt_people_placeholder_is_refused_when_the_rules_load() {
        assertThatThrownBy(() -> MessageCatalog.parse("""
                order: [X]
                messages:
                  X: "Fine."
                  Y: "{client} trusts {professional:hiz} judgment."
                """, "messages.yaml"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.describe()).startsWith("messages.yaml:4: field 'messages.Y'");
                            assertThat(p.message()).contains("{professional:hiz}", "their");
                        }));
    }

    @Test
    void daniels_feedback_names_daniel_and_ms_okafor_where_marys_names_mary_and_russ() throws Exception {
        Vignette mary = seed("mary-after-hours");
        Vignette daniel = seed("daniel-school-counsellor");
        assertThat(daniel.people())
                .isEqualTo(new People(new Person("Daniel", Pronouns.HE), new Person("Ms Okafor", Pronouns.SHE)));

        // role reversal found: s3 of Mary's case, s4 of Daniel's
        String marys = message(mary, "s3", Set.of(Characteristic.ROLE_REVERSAL), "HIT");
        String daniels = message(daniel, "s4", Set.of(Characteristic.ROLE_REVERSAL), "HIT");
        assertThat(marys).contains("Mary has started looking after Russ");
        assertThat(daniels)
                .contains("Daniel has started looking after Ms Okafor")
                .doesNotContain("Mary", "Russ");

        // a double bind missed: the client's pronoun
        assertThat(message(mary, "s6", Set.of(Characteristic.SECRECY), "MISS"))
                .contains("leaves Mary no answer", "the help she trusts");
        assertThat(message(daniel, "s5", Set.of(), "MISS")).contains("leaves Daniel no answer", "the help he trusts");

        // a harmless crossing rightly seen: its own message, not the one about admiration
        String crossing = message(daniel, "s1", Set.of(), "CORRECT_NONE");
        assertThat(crossing)
                .contains(
                        "a boundary crossing, not a violation",
                        "serves Daniel",
                        "Ms Okafor handles it openly",
                        "with him")
                .doesNotContain("admiration", "Mary", "Russ");

        // Mr Haddad's case: a father and a woman social worker
        Vignette haddad = seed("haddad-home-visits");
        assertThat(message(haddad, "s5", Set.of(), "MISS")).contains("between Mr Haddad and Ms Novak");
        assertThat(unquoted(message(haddad, "s3", Set.of(Characteristic.PROFESSIONAL_PRIVILEGE), "HIT")))
                .contains(
                        "Ms Novak is using the authority of the role to present her own wants as Mr Haddad's treatment");
    }

    @Test
    void a_case_that_names_only_the_professional_says_the_client_and_they() throws Exception {
        Vignette whitfields = seed("whitfield-family-therapy");
        assertThat(whitfields.people().client()).isNull();
        String text = message(whitfields, "s3", Set.of(Characteristic.ROLE_REVERSAL), "HIT");
        assertThat(text).contains("the client has started looking after Ms Romero");
    }

    private static String message(Vignette v, String segmentId, Set<Characteristic> marked, String code) {
        Assessment a = Scenario.CLASSIFIER.classify(
                v.segment(segmentId).orElseThrow(),
                new Judgment(segmentId, marked, List.of(), "Some reasons here.", 2),
                v.people());
        return a.feedback().stream()
                .filter(f -> f.code().equals(code))
                .map(FeedbackItem::message)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + a.feedback()));
    }

    private static Vignette seed(String id) throws Exception {
        return VignetteReader.read(Files.readString(Path.of("seeds/vignettes", id + ".yaml")), id + ".yaml");
    }

    /** The message of a key as a rule would have it rendered, with every fact it names given. */
    private static String render(String key, People people) {
        String[] parts = key.split("\\.");
        Characteristic c = null;
        for (String part : parts) {
            c = c != null ? c : Characteristic.fromCode(part).orElse(null);
        }
        Map<String, String> facts = new LinkedHashMap<>();
        String raw = CATALOG.lookup(key).orElseThrow();
        if (c == null && (raw.contains("{name}") || raw.contains("{label}"))) {
            c = Characteristic.SECRECY; // a fallback text, reached with a characteristic
        }
        for (int open = raw.indexOf('{'); open >= 0; open = raw.indexOf('{', open + 1)) {
            String name = raw.substring(open + 1, raw.indexOf('}', open));
            facts.put(name, "FACT");
        }
        return CATALOG.render(new Feedback(parts[0], c, key, "a rule", facts), people);
    }

    private static String unquoted(String text) {
        return QUOTED.matcher(text).replaceAll("\"…\"");
    }
}
