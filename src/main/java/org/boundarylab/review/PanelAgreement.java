package org.boundarylab.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.boundarylab.vignette.Characteristic;

/**
 * Works out a calibration round's report from its items and ratings (no database: the kappa fixture
 * test feeds it by hand). Raters who read nothing take no part. Fleiss' kappa is taken over the items
 * every taking part read; Cohen's kappa of a pair over the items both read; a rater against the rule
 * base over the items the rater read.
 */
final class PanelAgreement {

    /** How many items the report lists for discussion. */
    static final int DISCUSSION_ITEMS = 5;

    static final String FAIR_QUESTION = "The feedback was fair";

    record Item(
            long itemId,
            long judgmentId,
            int position,
            String caseTitle,
            int segmentNumber,
            String rationale,
            Set<Characteristic> ruleReading) {}

    /** One rater's reading of one item; {@code fair} null until they said. */
    record Rating(long itemId, long raterId, Set<Characteristic> reading, Boolean fair) {}

    private PanelAgreement() {}

    /**
     * The report; {@code inForce} holds the reading in force (the latest reading correction) of each sampled
     * judgment that has one, so that a panel reading already in force is not offered again.
     */
    static CalibrationReport report(
            CalibrationRound round, List<Item> items, List<Rating> ratings, Map<Long, Set<Characteristic>> inForce) {
        Map<Long, Map<Long, Rating>> byItem = new HashMap<>();
        ratings.forEach(
                r -> byItem.computeIfAbsent(r.itemId(), k -> new HashMap<>()).put(r.raterId(), r));
        List<CalibrationRound.Rater> taking = round.raters().stream()
                .filter(rater -> ratings.stream().anyMatch(r -> r.raterId() == rater.id()))
                .toList();
        List<CalibrationReport.Row> rows = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            rows.add(row(c, c.label(), items, byItem, taking, r -> r.reading().contains(c), i -> i.ruleReading()
                    .contains(c)));
        }
        rows.add(row(null, FAIR_QUESTION, items, byItem, taking, Rating::fair, null));
        int fleissItems = (int) items.stream()
                .filter(i -> answeredByAll(byItem, i, taking, r -> true))
                .count();
        long fairSaid = ratings.stream().filter(r -> r.fair() != null).count();
        long fair = ratings.stream().filter(r -> Boolean.TRUE.equals(r.fair())).count();
        return new CalibrationReport(
                round,
                taking.stream().map(CalibrationRound.Rater::name).toList(),
                fleissItems,
                rows,
                disagreements(items, byItem, round.raters()),
                panelReadings(items, byItem, inForce),
                fairSaid == 0 ? Double.NaN : (double) fair / fairSaid);
    }

    /** One question's kappas; {@code rule} null where the rule base gives no answer (fairness). */
    private static CalibrationReport.Row row(
            Characteristic c,
            String question,
            List<Item> items,
            Map<Long, Map<Long, Rating>> byItem,
            List<CalibrationRound.Rater> taking,
            Function<Rating, Boolean> answer,
            Predicate<Item> rule) {
        List<Integer> yes = new ArrayList<>();
        for (Item item : items) {
            if (answeredByAll(byItem, item, taking, r -> answer.apply(r) != null)) {
                yes.add((int) taking.stream()
                        .filter(t -> answer.apply(byItem.get(item.itemId()).get(t.id())))
                        .count());
            }
        }
        double fleiss = Kappa.fleiss(yes.stream().mapToInt(Integer::intValue).toArray(), taking.size());
        List<CalibrationReport.PairKappa> pairs = new ArrayList<>();
        for (int a = 0; a < taking.size(); a++) {
            for (int b = a + 1; b < taking.size(); b++) {
                CalibrationRound.Rater first = taking.get(a);
                CalibrationRound.Rater second = taking.get(b);
                List<boolean[]> both = new ArrayList<>();
                for (Item item : items) {
                    Boolean x = answerOf(byItem, item, first, answer);
                    Boolean y = answerOf(byItem, item, second, answer);
                    if (x != null && y != null) {
                        both.add(new boolean[] {x, y});
                    }
                }
                pairs.add(new CalibrationReport.PairKappa(first.name(), second.name(), both.size(), cohen(both)));
            }
        }
        List<CalibrationReport.RaterKappa> againstRule = new ArrayList<>();
        if (rule != null) {
            for (CalibrationRound.Rater rater : taking) {
                List<boolean[]> both = new ArrayList<>();
                for (Item item : items) {
                    Boolean x = answerOf(byItem, item, rater, answer);
                    if (x != null) {
                        both.add(new boolean[] {x, rule.test(item)});
                    }
                }
                againstRule.add(new CalibrationReport.RaterKappa(rater.name(), both.size(), cohen(both)));
            }
        }
        return new CalibrationReport.Row(c, question, fleiss, pairs, againstRule);
    }

    private static double cohen(List<boolean[]> pairs) {
        boolean[] first = new boolean[pairs.size()];
        boolean[] second = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            first[i] = pairs.get(i)[0];
            second[i] = pairs.get(i)[1];
        }
        return Kappa.cohen(first, second);
    }

    private static Boolean answerOf(
            Map<Long, Map<Long, Rating>> byItem,
            Item item,
            CalibrationRound.Rater rater,
            Function<Rating, Boolean> answer) {
        Rating r = byItem.getOrDefault(item.itemId(), Map.of()).get(rater.id());
        return r == null ? null : answer.apply(r);
    }

    private static boolean answeredByAll(
            Map<Long, Map<Long, Rating>> byItem,
            Item item,
            List<CalibrationRound.Rater> taking,
            Predicate<Rating> answered) {
        Map<Long, Rating> of = byItem.getOrDefault(item.itemId(), Map.of());
        return !taking.isEmpty()
                && taking.stream().allMatch(t -> of.containsKey(t.id()) && answered.test(of.get(t.id())));
    }

    /**
     * The items the raters disagreed on most: for each item read by two or more, the sum over the four
     * characteristics and the fairness question of 1 - P_i (the share of its raters' pairs who
     * disagree); most first, then in reading order.
     */
    private static List<CalibrationReport.Disagreement> disagreements(
            List<Item> items, Map<Long, Map<Long, Rating>> byItem, List<CalibrationRound.Rater> raters) {
        List<CalibrationReport.Disagreement> all = new ArrayList<>();
        for (Item item : items) {
            Map<Long, Rating> of = byItem.getOrDefault(item.itemId(), Map.of());
            if (of.size() < 2) {
                continue;
            }
            double score = 0;
            for (Characteristic c : Characteristic.values()) {
                score += 1
                        - Kappa.itemAgreement(
                                (int) of.values().stream()
                                        .filter(r -> r.reading().contains(c))
                                        .count(),
                                of.size());
            }
            List<Rating> saidFair =
                    of.values().stream().filter(r -> r.fair() != null).toList();
            if (saidFair.size() >= 2) {
                score += 1
                        - Kappa.itemAgreement(
                                (int) saidFair.stream().filter(Rating::fair).count(), saidFair.size());
            }
            if (score > 0) {
                List<CalibrationReport.RaterReading> readings = raters.stream()
                        .filter(r -> of.containsKey(r.id()))
                        .map(r -> new CalibrationReport.RaterReading(
                                r.name(),
                                of.get(r.id()).reading(),
                                of.get(r.id()).fair()))
                        .toList();
                all.add(new CalibrationReport.Disagreement(
                        item.position(),
                        item.caseTitle(),
                        item.segmentNumber(),
                        item.rationale(),
                        item.ruleReading(),
                        readings,
                        score));
            }
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(CalibrationReport.Disagreement::disagreement)
                        .reversed()
                        .thenComparingInt(CalibrationReport.Disagreement::position))
                .limit(DISCUSSION_ITEMS)
                .toList();
    }

    /** Items read by two or more raters who all read them alike, and otherwise than the rule base. */
    private static List<CalibrationReport.PanelReading> panelReadings(
            List<Item> items, Map<Long, Map<Long, Rating>> byItem, Map<Long, Set<Characteristic>> inForce) {
        List<CalibrationReport.PanelReading> readings = new ArrayList<>();
        for (Item item : items) {
            Map<Long, Rating> of = byItem.getOrDefault(item.itemId(), Map.of());
            Set<Set<Characteristic>> distinct = new java.util.HashSet<>();
            of.values().forEach(r -> distinct.add(r.reading()));
            if (of.size() >= 2 && distinct.size() == 1) {
                Set<Characteristic> panel = distinct.iterator().next();
                if (!panel.equals(item.ruleReading())) {
                    readings.add(new CalibrationReport.PanelReading(
                            item.itemId(),
                            item.judgmentId(),
                            item.position(),
                            item.caseTitle(),
                            item.segmentNumber(),
                            item.rationale(),
                            item.ruleReading(),
                            panel,
                            of.size(),
                            panel.equals(inForce.get(item.judgmentId()))));
                }
            }
        }
        return readings;
    }
}
