package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.RuleBaseException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The rule base as a whole: coverage by the scenarios, messages, and refusing broken files. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleBaseTest {

    @Test
    @Order(1)
    void every_rule_fires_in_at_least_one_scenario() {
        // run every family's scenarios here too, so this holds whatever order the classes run in
        ScenarioFiles.runAll();
        Set<String> all = new TreeSet<>();
        for (KiePackage p : Scenario.CLASSIFIER.ruleBase().kieBase().getKiePackages()) {
            p.getRules().stream().map(Rule::getName).forEach(all::add);
        }
        assertThat(all).hasSizeGreaterThan(20);
        Set<String> unfired = new TreeSet<>(all);
        unfired.removeAll(Scenario.FIRED);
        assertThat(unfired).as("rules no scenario fires").isEmpty();
    }

    @Test
    void every_message_is_filled_in_and_names_its_rule() {
        for (Assessment a : ScenarioFiles.runAll()) {
            for (FeedbackItem f : a.feedback()) {
                assertThat(f.message())
                        .as(f.code())
                        .doesNotContain("{")
                        .doesNotContain("}")
                        .isNotEqualTo(f.code());
                assertThat(f.rule()).isNotBlank();
                // "Why?" lists the facts of every item, right answers included
                assertThat(f.because())
                        .as("facts of %s from \"%s\"", f.code(), f.rule())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void the_version_is_a_digest_of_the_files(@TempDir Path dir) throws Exception {
        copyRules(dir);
        String a = RuleBaseLoader.load(dir).version();
        assertThat(RuleBaseLoader.load(dir).version()).isEqualTo(a);
        Files.writeString(
                dir.resolve("messages.yaml"), Files.readString(dir.resolve("messages.yaml")) + "\n# changed\n");
        assertThat(RuleBaseLoader.load(dir).version()).isNotEqualTo(a).startsWith("rb-");
    }

    @Test
    void a_broken_rule_file_is_refused_with_its_name_and_the_old_rules_keep_serving(@TempDir Path dir)
            throws Exception {
        copyRules(dir);
        DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(dir);
        String before = classifier.ruleBaseVersion();
        Files.writeString(
                dir.resolve("scoring.drl"),
                Files.readString(dir.resolve("scoring.drl")).replace("new Points(", "new Pointz("));
        assertThatThrownBy(classifier::reload)
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .anyMatch(m -> m.startsWith("scoring.drl")));
        assertThat(classifier.ruleBaseVersion()).isEqualTo(before);
        assertThat(classifier
                        .classify(
                                Scenario.MARY.segment("s4").orElseThrow(),
                                new org.boundarylab.judgment.Judgment("s4", Set.of(), java.util.List.of(), "", 2),
                                org.boundarylab.vignette.People.NONE)
                        .ruleBaseVersion())
                .isEqualTo(before);
    }

    @Test
    void a_rule_that_reaches_the_process_files_or_reflection_is_refused_before_it_compiles(@TempDir Path dir)
            throws Exception {
        copyRules(dir);
        String scoring = Files.readString(dir.resolve("scoring.drl"));
        Files.writeString(
                dir.resolve("scoring.drl"),
                scoring + "\nrule \"exit\"\nwhen\n    eval(true)\nthen\n    System.exit(42);\nend\n");
        int exitLine = (int) (scoring + "\nrule \"exit\"\nwhen\n    eval(true)\nthen\n")
                        .lines()
                        .count()
                + 1;
        assertThatThrownBy(() -> RuleBaseLoader.load(dir))
                .isInstanceOfSatisfying(
                        RuleBaseException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "scoring.drl line " + exitLine
                                                + ": uses System; a rule base may not reach files, the network, the process or reflection"));
        Files.writeString(dir.resolve("scoring.drl"), "import java.nio.file.Files;\n" + scoring);
        assertThatThrownBy(() -> RuleBaseLoader.load(dir))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .asString()
                        .startsWith("scoring.drl line 1: imports java.nio.file.Files"));
    }

    @Test
    void the_guard_reads_code_only_and_names_every_forbidden_reach() {
        assertThat(DrlGuard.problems(
                        "a.drl", "// System.exit(1) in a comment\nthen\n  f.say(\"System and Runtime\");\n"))
                .isEmpty();
        assertThat(DrlGuard.problems(
                        "a.drl",
                        "then\n  new java.io.File(\"x\").delete();\n  Runtime.getRuntime();\n"
                                + "  String.class.getDeclaredMethods();\n  x.getClass().getName();\n  new ProcessBuilder(\"sh\");\n"
                                + "/* multi\n line */ Class.forName(\"y\");\n"))
                .extracting(m -> m.substring(0, m.indexOf(':')))
                .containsExactly(
                        "a.drl line 2", "a.drl line 3", "a.drl line 4", "a.drl line 5", "a.drl line 6", "a.drl line 8");
        assertThat(DrlGuard.problems("a.drl", "import java.util.List;\nimport org.boundarylab.judgment.OutcomeKind;\n"))
                .isEmpty();
    }

    @Test
    void a_rules_folder_without_its_catalogue_is_refused(@TempDir Path dir) throws Exception {
        copyRules(dir);
        Files.delete(dir.resolve("messages.yaml"));
        assertThatThrownBy(() -> RuleBaseLoader.load(dir))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .anyMatch(m -> m.startsWith("messages.yaml")));
    }

    @Test
    void rules_that_compile_but_leave_judgments_unclassified_are_refused_and_the_old_rules_keep_serving(
            @TempDir Path dir) throws Exception {
        copyRules(dir);
        DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(dir);
        String before = classifier.ruleBaseVersion();
        Files.delete(dir.resolve("evidence.drl"));
        assertThatThrownBy(classifier::reload)
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .asString()
                        .contains("do not classify every judgment completely")
                        .contains("evidence null"));
        assertThat(classifier.ruleBaseVersion()).isEqualTo(before);
        assertThatThrownBy(() -> new DroolsJudgmentClassifier(dir)).isInstanceOf(RuleBaseException.class);
    }

    @Test
    void rules_that_score_outside_the_bounds_they_record_are_refused(@TempDir Path dir) throws Exception {
        copyRules(dir);
        // reports and overrides trust the recorded bounds: a lowest score above the score itself is an error of the
        // rules
        String scoring = Files.readString(dir.resolve("scoring.drl"));
        assertThat(scoring).contains("new Points(share($right), 0.0, 1.0,");
        Files.writeString(
                dir.resolve("scoring.drl"),
                scoring.replace("new Points(share($right), 0.0, 1.0,", "new Points(share($right), 1.0, 1.0,"));
        assertThatThrownBy(() -> new DroolsJudgmentClassifier(dir))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .singleElement()
                        .asString()
                        .contains("do not classify every judgment completely")
                        .contains("outside the bounds it recorded (1.0 to 1.0)"));
    }

    @Test
    void rules_that_declare_no_findings_are_refused(@TempDir Path dir) throws Exception {
        copyRules(dir);
        try (Stream<Path> drl = Files.list(dir)) {
            for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(
                dir.resolve("quiet.drl"), "package org.boundarylab.rules;\nrule \"says nothing\"\nwhen\nthen\nend\n");
        assertThatThrownBy(() -> RuleBaseLoader.load(dir))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.errors())
                        .anyMatch(m -> m.contains("global org.boundarylab.judgment.rules.Findings findings")));
    }

    /** The whole rules folder, the reading model's examples too. */
    static void copyRules(Path dir) throws Exception {
        Path rules = Path.of("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.toList()) {
                Path copy = dir.resolve(rules.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
    }

    @Test
    void the_reading_models_examples_are_part_of_the_version_and_a_bad_row_is_refused_with_its_line(@TempDir Path dir)
            throws Exception {
        copyRules(dir);
        String a = RuleBaseLoader.load(dir).version();
        Path examples = dir.resolve(RuleBaseLoader.EXAMPLES).resolve("tune8-rationales.csv");
        Files.writeString(
                examples,
                Files.readString(examples) + "mary-after-hours;SECRECY;He sees her once the building is empty.\n");
        assertThat(RuleBaseLoader.load(dir).version()).isNotEqualTo(a);
        Files.writeString(examples, Files.readString(examples) + "mary-after-hours;SECRETS;He sees her late.\n");
        int line = Files.readAllLines(examples).size();
        assertThatThrownBy(() -> RuleBaseLoader.load(dir))
                .isInstanceOfSatisfying(
                        RuleBaseException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        "examples/tune8-rationales.csv:" + line
                                                + ": field 'labels': 'SECRETS' is not a characteristic (ROLE_REVERSAL, PROFESSIONAL_PRIVILEGE, DOUBLE_BIND, SECRECY)"));
    }
}
