package org.boundarylab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.NodeTools;
import org.boundarylab.judgment.FeedbackMessages;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.Control;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;
import org.boundarylab.vignette.VignetteDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every seed case exported for Moodle: as Moodle XML it passes Moodle's import rules, as GIFT it
 * parses with gift-pegjs; each segment is a multiple-response question with the catalogue's feedback
 * per answer and the expert's explanation as general feedback.
 */
class CaseExportTest {

    static List<Vignette> seeds;
    static FeedbackMessages messages;

    @BeforeAll
    static void load() throws Exception {
        seeds = VignetteDirectory.load(Path.of("seeds", "vignettes")).vignettes().stream()
                .map(VignetteDirectory.LoadedFile::vignette)
                .toList();
        messages = org.boundarylab.judgment.rules.DroolsJudgmentClassifier.messagesIn(Path.of("rules"));
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(12);
    }

    static Vignette seed(String id) {
        return seeds.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_seed_case_as_moodle_xml_passes_moodles_import_rules() {
        for (Vignette v : seeds) {
            String xml =
                    CaseExport.export(v, messages, CaseExport.Format.MOODLE_XML).content();
            assertThat(MoodleImportRules.problems(xml)).as(v.id()).isEmpty();
            assertThat(xml).as(v.id()).contains("<single>false</single>");
            assertThat(xml.split("<question type=\"multichoice\">", -1))
                    .as(v.id())
                    .hasSize(v.segments().size() + 1);
        }
    }

    @Test
    void the_import_rules_catch_what_moodle_would_skip() {
        String good = CaseExport.export(seed("mary-after-hours"), messages, CaseExport.Format.MOODLE_XML)
                .content();
        assertThat(MoodleImportRules.problems(good.replaceFirst("fraction=\"-25\"", "fraction=\"-24\"")))
                .anyMatch(p -> p.contains("not one of Moodle's grades"));
        assertThat(MoodleImportRules.problems(good.replaceFirst("<single>false</single>", "<single>true</single>")))
                .anyMatch(p -> p.contains("single is 'true'"));
        assertThat(MoodleImportRules.problems(good.replaceFirst("fraction=\"100\"", "fraction=\"90\"")))
                .anyMatch(p -> p.contains("add up to"));
        assertThat(MoodleImportRules.problems(good.replaceFirst("</quiz>", "")))
                .anyMatch(p -> p.startsWith("not well-formed"));
        assertThat(MoodleImportRules.problems(good.replaceFirst("type=\"multichoice\"", "type=\"truefalse\"")))
                .anyMatch(p -> p.contains("not multichoice"));
    }

    @Test
    void answers_share_full_marks_and_carry_the_catalogues_feedback() {
        Vignette mary = seed("mary-after-hours");
        CaseQuestions q = CaseQuestions.of(mary, messages);
        assertThat(q.category()).isEqualTo("$course$/top/Boundary Lab/Mary: the last appointment of the day");
        assertThat(q.questions()).hasSize(mary.segments().size());
        for (int i = 0; i < mary.segments().size(); i++) {
            Segment s = mary.segments().get(i);
            CaseQuestions.Question question = q.questions().get(i);
            assertThat(question.answers())
                    .extracting(CaseQuestions.Answer::text)
                    .containsExactly(
                            "Role reversal",
                            "Indulgence of professional privilege",
                            "Double bind",
                            "Secrecy",
                            "None of these");
            assertThat(question.generalFeedback()).isEqualTo(CaseQuestions.oneLine(s.explanation()));
            assertThat(question.paragraphs()).contains(CaseQuestions.oneLine(s.text()));
            List<String> right = new ArrayList<>();
            for (CaseQuestions.Answer a : question.answers()) {
                if (a.right()) {
                    right.add(a.text());
                }
                assertThat(a.feedback())
                        .as(s.id() + " " + a.text())
                        .isNotBlank()
                        .doesNotContain("{");
            }
            List<String> key = s.key().isEmpty()
                    ? List.of("None of these")
                    : s.key().stream().sorted().map(Characteristic::label).toList();
            assertThat(right).as(s.id()).containsExactlyElementsOf(key);
        }
        // a segment with one characteristic present: 100 for it, -25 for each of the four others
        Segment privilege = mary.segments().stream()
                .filter(s -> s.key().equals(Set.of(Characteristic.PROFESSIONAL_PRIVILEGE)))
                .findFirst()
                .orElseThrow();
        CaseQuestions.Question question = q.questions().get(mary.indexOf(privilege.id()));
        assertThat(question.answers())
                .extracting(CaseQuestions.Answer::fraction)
                .containsExactly("-25", "100", "-25", "-25", "-25");
        String cue = privilege.cues().get(Characteristic.PROFESSIONAL_PRIVILEGE).getFirst();
        assertThat(question.answers().get(1).feedback())
                .isEqualTo(messages.render(
                        "HIT.PROFESSIONAL_PRIVILEGE",
                        Characteristic.PROFESSIONAL_PRIVILEGE,
                        mary.people(),
                        Map.of("expert cue", cue)))
                .contains(cue, "Russ");
        assertThat(question.answers().get(0).feedback()).startsWith("Not here: role reversal");
        assertThat(question.answers().get(4).feedback())
                .startsWith("Missed: indulgence of professional privilege")
                .contains(cue);
        // the crossing: "None of these" is right and says why; a characteristic is over-called as a crossing
        CaseQuestions.Question crossing = q.questions().get(1);
        assertThat(mary.segments().get(1).control()).isEqualTo(Control.CROSSING);
        assertThat(crossing.answers().get(4).fraction()).isEqualTo("100");
        assertThat(crossing.answers().get(4).feedback()).startsWith("Right: a boundary crossing, not a violation");
        assertThat(crossing.answers().get(3).feedback())
                .startsWith("Over-called: secrecy. This moment is a boundary crossing");
    }

    @Test
    void every_fraction_of_every_seed_question_is_a_moodle_grade_and_the_right_ones_make_100() {
        for (Vignette v : seeds) {
            for (CaseQuestions.Question q : CaseQuestions.of(v, messages).questions()) {
                double right = 0;
                for (CaseQuestions.Answer a : q.answers()) {
                    assertThat(MoodleFractions.ACCEPTED)
                            .as(v.id())
                            .contains(a.fraction().replace("-", ""));
                    right += a.right() ? Double.parseDouble(a.fraction()) : 0;
                }
                assertThat(right)
                        .as(v.id() + " " + q.name())
                        .isCloseTo(100, org.assertj.core.data.Offset.offset(0.0001));
            }
        }
    }

    @Test
    void every_seed_case_as_gift_parses_with_gift_pegjs_as_the_questions_exported() throws Exception {
        NodeTools tools = NodeTools.VALIDATORS.ready();
        Path dir = Files.createDirectories(Path.of("target", "gift-exports").toAbsolutePath());
        List<String> files = new ArrayList<>();
        for (Vignette v : seeds) {
            Path file = dir.resolve(v.id() + ".gift.txt");
            Files.writeString(
                    file, CaseExport.export(v, messages, CaseExport.Format.GIFT).content());
            files.add(file.toString());
        }
        NodeTools.Result r = tools.node("gift-check.js", files.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode results = JsonMapper.builder().build().readTree(r.out());
        assertThat(results).hasSize(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            Vignette v = seeds.get(i);
            JsonNode result = results.get(i);
            assertThat(result.has("error"))
                    .as(v.id() + ": " + result.path("error"))
                    .isFalse();
            List<JsonNode> mc = new ArrayList<>();
            result.get("questions").forEach(q -> {
                if (q.get("type").asString().equals("MC")) {
                    mc.add(q);
                }
            });
            assertThat(result.get("questions").get(0).get("type").asString()).isEqualTo("Category");
            CaseQuestions expected = CaseQuestions.of(v, messages);
            assertThat(mc).as(v.id()).hasSize(v.segments().size());
            for (int k = 0; k < mc.size(); k++) {
                JsonNode q = mc.get(k);
                CaseQuestions.Question e = expected.questions().get(k);
                assertThat(q.get("title").asString()).isEqualTo(e.name());
                assertThat(q.get("stem").get("text").asString()).isEqualTo(Html.paragraphs(e.paragraphs()));
                assertThat(q.get("globalFeedback").get("text").asString())
                        .isEqualTo(Html.paragraph(e.generalFeedback()));
                assertThat(q.get("choices")).hasSize(5);
                for (int c = 0; c < 5; c++) {
                    JsonNode choice = q.get("choices").get(c);
                    assertThat(choice.get("text").get("text").asString())
                            .isEqualTo(Html.escape(e.answers().get(c).text()));
                    assertThat(choice.get("weight").asDouble())
                            .isEqualTo(Double.parseDouble(e.answers().get(c).fraction()));
                    assertThat(choice.get("feedback").get("text").asString())
                            .isEqualTo(Html.paragraph(e.answers().get(c).feedback()));
                }
            }
        }
    }

    /** A case whose texts use every character GIFT reserves, and HTML's: both read back as written. */
    @Test
    void gift_escapes_its_special_characters_and_the_parser_reads_the_text_back() throws Exception {
        String odd = "Odd {case} = ~x~ #1: a\\b & <c> \"d\"";
        Segment s = new Segment(
                "s1",
                "She said: {come} = ~never~ #late & <soon>",
                Set.of(Characteristic.SECRECY),
                Map.of(Characteristic.SECRECY, List.of("never")),
                "Why: it is {hidden} = #secret ~ a\\b.",
                null);
        Vignette v = new Vignette(
                "odd", odd, "test", 1, List.of(), "Summary: {x}", List.of(s), List.of(), null, People.NONE);
        String gift = CaseExport.export(v, messages, CaseExport.Format.GIFT).content();
        assertThat(gift).contains("\\{come\\} \\= \\~never\\~ \\#late &amp; &lt;soon&gt;", "a\\\\b");
        Path file = Files.createDirectories(Path.of("target", "gift-exports").toAbsolutePath())
                .resolve("odd.gift.txt");
        Files.writeString(file, gift);
        NodeTools.Result r = NodeTools.VALIDATORS.ready().node("gift-check.js", file.toString());
        JsonNode q = JsonMapper.builder().build().readTree(r.out()).get(0);
        assertThat(q.has("error")).as(q.path("error").toString()).isFalse();
        JsonNode mc = q.get("questions").get(1);
        assertThat(mc.get("title").asString()).isEqualTo(odd + ": segment 1 of 1");
        assertThat(mc.get("stem").get("text").asString())
                .contains("<p>She said: {come} = ~never~ #late &amp; &lt;soon&gt;</p>");
        assertThat(mc.get("globalFeedback").get("text").asString())
                .isEqualTo("<p>Why: it is {hidden} = #secret ~ a\\b.</p>");
        String xml =
                CaseExport.export(v, messages, CaseExport.Format.MOODLE_XML).content();
        assertThat(MoodleImportRules.problems(xml)).isEmpty();
        assertThat(xml).contains("&lt;p&gt;She said: {come} = ~never~ #late &amp;amp; &amp;lt;soon&amp;gt;&lt;/p&gt;");
    }
}
