package org.boundarylab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless report's JSON: {@code items}, {@code characteristics} and {@code trainees}, with
 * the figures of docs/reports.md; a figure that is not defined (a zero denominator) is null. With
 * the judgments given, {@code judgmentList} holds each one as the trainee made it beside the
 * feedback it got, so a reviewer can judge a score from the file alone.
 */
public final class ReportJson {

    private ReportJson() {}

    public static Map<String, Object> of(
            String rules,
            CohortReport r,
            List<ScoredJudgment> judgments,
            java.util.function.Function<ScoredJudgment, List<String>> feedback) {
        Map<String, Object> root = of(rules, r);
        List<Object> list = new ArrayList<>();
        for (ScoredJudgment j : judgments) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trainee", j.trainee());
            m.put("vignette", j.vignetteId());
            m.put("segment", j.segmentId());
            m.put("marked", j.marked().stream().sorted().map(Enum::name).toList());
            m.put("key", j.key().stream().sorted().map(Enum::name).toList());
            m.put("certainty", j.confidence());
            m.put("rationale", j.rationale());
            m.put("evidence", j.evidence());
            m.put("score", j.score());
            m.put("maxScore", j.maxScore());
            m.put("feedback", feedback.apply(j));
            list.add(m);
        }
        root.put("judgmentList", list);
        return root;
    }

    public static Map<String, Object> of(String rules, CohortReport r) {
        List<Object> items = new ArrayList<>();
        for (ItemStats i : r.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("vignette", i.vignetteId());
            item.put("segment", i.segmentId());
            item.put("n", i.n());
            item.put("facility", number(i.facility()));
            item.put("discrimination", number(i.discrimination()));
            item.put("flags", i.flags());
            items.add(item);
        }
        Map<String, Object> characteristics = new LinkedHashMap<>();
        r.characteristics().forEach((c, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hits", s.hits());
            m.put("misses", s.misses());
            m.put("falseAlarms", s.falseAlarms());
            m.put("correctRejections", s.correctRejections());
            m.put("sensitivity", number(s.sensitivity()));
            m.put("specificity", number(s.specificity()));
            m.put("kappa", number(s.kappa()));
            characteristics.put(c.name(), m);
        });
        List<Object> trainees = new ArrayList<>();
        for (CohortReport.TraineeRow t : r.trainees()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trainee", t.trainee());
            m.put("score", t.score());
            m.put("maxScore", t.maxScore());
            m.put("kappa", number(t.kappa()));
            trainees.add(m);
        }
        Map<String, Object> alpha = new LinkedHashMap<>();
        r.alpha().forEach((v, a) -> alpha.put(v, number(a)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rules", rules);
        root.put("attempts", r.attempts());
        root.put("judgments", r.judgments());
        root.put("items", items);
        root.put("characteristics", characteristics);
        root.put("trainees", trainees);
        root.put("alpha", alpha);
        return root;
    }

    /** Rounded to 4 places; NaN (not defined) as null. */
    static Double number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : Math.round(v * 10_000.0) / 10_000.0;
    }
}
