package org.boundarylab.judgment.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the rationale family reads a tuning set it has not learnt from: for each set named (or, with
 * no arguments, each tuning set in turn), the rules folder is copied without that set among the
 * reading model's examples, and the set is scored by the rule base so loaded (docs/rule-base.md).
 * The lexicon was grown from every tuning set, so these figures flatter it; the figures of a set
 * read the day it arrived, and the blind file's, do not. Run:
 * {@code ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.boundarylab.judgment.rules.HeldOutEvaluation -Dbench.args="tune7-rationales.csv tune8-rationales.csv"}
 */
public final class HeldOutEvaluation {

    private HeldOutEvaluation() {}

    public static void main(String[] args) throws Exception {
        List<String> sets = args.length == 0 ? RationaleEvaluationTest.TUNING_FILES : List.of(args);
        System.out.print("| held out | rows | " + RationaleEvaluationTest.header()
                + " macro F1 |\n|---|---|---|---|---|---|---|\n");
        for (String set : sets) {
            Path rules = Files.createTempDirectory("held-out-rules");
            RuleBaseTest.copyRules(rules);
            Files.delete(rules.resolve(RuleBaseLoader.EXAMPLES).resolve(set));
            DroolsJudgmentClassifier classifier = new DroolsJudgmentClassifier(rules);
            System.out.print(RationaleEvaluationTest.line(
                    set, RationaleEvaluationTest.score(RationaleEvaluationTest.rows(set), classifier)));
        }
        System.exit(0);
    }
}
