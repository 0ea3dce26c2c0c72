package org.boundarylab.judgment.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.FeedbackItem;
import org.boundarylab.judgment.Judgment;
import org.boundarylab.judgment.JudgmentClassifier;
import org.boundarylab.judgment.KnowledgeAssessment;
import org.boundarylab.judgment.RuleBaseException;
import org.boundarylab.judgment.ServingRules;
import org.boundarylab.judgment.rules.facts.Feedback;
import org.boundarylab.judgment.rules.facts.Points;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.People;
import org.boundarylab.vignette.Segment;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.springframework.modulith.NamedInterface;

/**
 * Classifies judgments with the rule base now in force: one short-lived (pooled) session per
 * judgment, always disposed; the rules record what they decide in the session's {@link Findings}.
 * {@link #reload} swaps in a new rule base only if it compiles.
 */
@NamedInterface("engine")
public class DroolsJudgmentClassifier
        implements JudgmentClassifier, ServingRules, org.boundarylab.judgment.FeedbackMessages {

    private final Path folder;
    private final AtomicReference<ServingRuleBase> current = new AtomicReference<>();

    /** Loads the folder at once; throws if it does not compile, so a broken rule base never starts. */
    public DroolsJudgmentClassifier(Path folder) throws RuleBaseException {
        this.folder = folder;
        current.set(new ServingRuleBase(checked(RuleBaseLoader.load(folder), folder)));
    }

    @Override
    public Assessment classify(Segment segment, Judgment judgment, People people) {
        return run(segment, judgment, people, null, null);
    }

    /** As {@link #classify}, also collecting the names of the rules that fired (for tests and "why"). */
    public Assessment classify(Segment segment, Judgment judgment, People people, Set<String> firedRules) {
        return run(segment, judgment, people, firedRules, null);
    }

    @Override
    public Assessment classifyWithReading(
            Segment segment, Judgment judgment, People people, Set<Characteristic> reading) {
        return run(segment, judgment, people, null, java.util.Objects.requireNonNull(reading, "reading"));
    }

    @Override
    public KnowledgeAssessment assessAnswer(KnowledgeCheck question, String answer) {
        return assessAnswer(question, answer, null);
    }

    /** As {@link #assessAnswer(KnowledgeCheck, String)}, also collecting the rules that fired. */
    public KnowledgeAssessment assessAnswer(KnowledgeCheck question, String answer, Set<String> firedRules) {
        ServingRuleBase serving = acquire();
        try {
            return answer(serving.rules(), question, answer, firedRules);
        } finally {
            serving.release();
        }
    }

    /** The rule base in force, held until released: a reload meanwhile does not dispose it under us. */
    private ServingRuleBase acquire() {
        while (true) {
            ServingRuleBase serving = current.get();
            if (serving.acquire()) {
                return serving;
            }
            // retired and disposed between the read and the hold: the new one is already current
        }
    }

    private static KnowledgeAssessment answer(
            RuleBase rules, KnowledgeCheck question, String answer, Set<String> firedRules) {
        Findings findings = fire(
                rules,
                JudgmentFacts.ofAnswer(question, answer == null ? "" : answer, rules.rationaleReader()),
                firedRules);
        if (findings.points() == null) {
            throw new IllegalStateException("rule base " + rules.version() + " gave the answer no points");
        }
        requireWithinBounds(rules, "the answer", findings.points());
        Set<Characteristic> missed = EnumSet.noneOf(Characteristic.class);
        missed.addAll(question.expects());
        missed.removeAll(findings.described());
        // the recall question asks about the concepts, not the case: its feedback names no one
        return new KnowledgeAssessment(
                findings.described(),
                missed,
                findings.points().score(),
                findings.points().maxScore(),
                render(rules, findings.feedback(), People.NONE),
                rules.version());
    }

    @Override
    public String ruleBaseVersion() {
        return current.get().rules().version();
    }

    /** The texts of the message catalogue now in force (a reload brings its new wording). */
    @Override
    public String render(
            String messageKey, Characteristic characteristic, People people, java.util.Map<String, String> facts) {
        return ruleBase().messages().render(messageKey, characteristic, people, facts);
    }

    /** The message catalogue in a rules folder, read without compiling the rules (the command line's way). */
    public static org.boundarylab.judgment.FeedbackMessages messagesIn(Path rulesDir)
            throws java.io.IOException, org.boundarylab.base.InvalidInputException {
        Path file = rulesDir.resolve(RuleBaseLoader.MESSAGES);
        return MessageCatalog.parse(
                java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), file.toString());
    }

    RuleBase ruleBase() {
        return current.get().rules();
    }

    @Override
    public Serving serving() {
        RuleBase rules = ruleBase();
        return new Serving(rules.version(), rules.loadedAt(), folder, rules.files());
    }

    @Override
    public String reloadFromDisk() throws RuleBaseException {
        return reload().version();
    }

    /**
     * Rebuilds from the folder. On a compile error the previous rule base keeps serving and the
     * exception carries the compiler's messages.
     */
    RuleBase reload() throws RuleBaseException {
        RuleBase fresh = checked(RuleBaseLoader.load(folder), folder);
        current.getAndSet(new ServingRuleBase(fresh)).retire();
        return fresh;
    }

    /** Refuses, with the reason, a rule base that compiles but does not classify every judgment completely. */
    private static RuleBase checked(RuleBase rules, Path folder) throws RuleBaseException {
        try {
            for (Segment segment : RuleBaseSelfCheck.SEGMENTS) {
                for (Judgment judgment : RuleBaseSelfCheck.judgments(segment)) {
                    run(rules, segment, judgment, RuleBaseSelfCheck.PEOPLE, null, null);
                    run(rules, segment, judgment, People.NONE, null, null);
                }
            }
            answer(rules, RuleBaseSelfCheck.QUESTION, RuleBaseSelfCheck.ANSWER, null);
            return rules;
        } catch (RuntimeException e) {
            rules.dispose();
            throw new RuleBaseException(
                    List.of(folder + ": the rules do not classify every judgment completely (" + e.getMessage() + ")"));
        }
    }

    private Assessment run(
            Segment segment, Judgment judgment, People people, Set<String> firedRules, Set<Characteristic> reading) {
        ServingRuleBase serving = acquire();
        try {
            return run(serving.rules(), segment, judgment, people, firedRules, reading);
        } finally {
            serving.release();
        }
    }

    /** Classifies one judgment; a non-null {@code reading} replaces the reader's reading of the reasoning. */
    private static Assessment run(
            RuleBase rules,
            Segment segment,
            Judgment judgment,
            People people,
            Set<String> firedRules,
            Set<Characteristic> reading) {
        Findings findings =
                fire(rules, JudgmentFacts.of(segment, judgment, people, rules.rationaleReader(), reading), firedRules);
        if (findings.outcomes().size() != Characteristic.values().length
                || findings.evidence() == null
                || findings.points() == null) {
            throw new IllegalStateException("rule base " + rules.version() + " left segment " + segment.id()
                    + " incompletely classified: outcomes " + findings.outcomes() + ", evidence " + findings.evidence()
                    + ", points " + findings.points());
        }
        requireWithinBounds(rules, "segment " + segment.id(), findings.points());
        return new Assessment(
                segment.id(),
                findings.outcomes(),
                findings.described(),
                findings.evidence(),
                round(findings.points().score()),
                findings.points().minScore(),
                findings.points().maxScore(),
                render(rules, findings.feedback(), people),
                rules.version());
    }

    /** Reports and overrides trust the bounds the scoring rules record: a score outside them is the rules' error. */
    private static void requireWithinBounds(RuleBase rules, String what, Points points) {
        if (!(points.minScore() <= points.score() && points.score() <= points.maxScore())) {
            throw new IllegalStateException("rule base " + rules.version() + " scored " + what + " " + points.score()
                    + ", outside the bounds it recorded (" + points.minScore() + " to " + points.maxScore() + ")");
        }
    }

    /** Runs one pooled session over the facts and returns what its rules found (package-private for the engine benchmark). */
    static Findings fire(RuleBase rules, List<Object> facts, Set<String> firedRules) {
        KieSession session = rules.sessions().newKieSession();
        DefaultAgendaEventListener trace = firedRules == null
                ? null
                : new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firedRules.add(event.getMatch().getRule().getName());
                    }
                };
        Findings findings = new Findings();
        try {
            if (trace != null) {
                session.addEventListener(trace);
            }
            session.setGlobal(Findings.GLOBAL, findings);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return findings;
        } finally {
            if (trace != null) {
                session.removeEventListener(trace);
            }
            // a pooled session is reset and returned to its pool
            session.dispose();
        }
    }

    /** Feedback in the catalogue's order, each with its rendered message (a plain loop: this runs for every judgment). */
    private static List<FeedbackItem> render(RuleBase rules, List<Feedback> feedback, People people) {
        List<Feedback> distinct = new ArrayList<>(feedback.size());
        for (Feedback f : feedback) {
            if (!distinct.contains(f)) {
                distinct.add(f);
            }
        }
        distinct.sort(rules.messages().displayOrder());
        FeedbackItem[] items = new FeedbackItem[distinct.size()];
        for (int i = 0; i < items.length; i++) {
            Feedback f = distinct.get(i);
            items[i] = new FeedbackItem(
                    f.code(), f.characteristic(), rules.messages().render(f, people), f.rule(), f.because());
        }
        return List.of(items);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
