package org.boundarylab.xapi;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boundarylab.judgment.Assessment;
import org.boundarylab.judgment.KnowledgeAssessment;
import org.boundarylab.report.ScoreOverridden;
import org.boundarylab.training.AttemptTotal;
import org.boundarylab.training.TrainingEvents;
import org.boundarylab.vignette.Characteristic;
import org.boundarylab.vignette.KnowledgeCheck;
import org.boundarylab.vignette.Segment;
import org.boundarylab.vignette.Vignette;

/**
 * Builds the statements of the profile in docs/xapi.md as plain maps (written as JSON by the outbox).
 * The actor is a pseudonymous account under the instance's home page, never a name or an e-mail; no
 * free text a trainee wrote leaves the instance (the reasoning goes as the rule base's reading of it).
 */
final class Statements {

    private final XapiSettings settings;

    Statements(XapiSettings settings) {
        this.settings = settings;
    }

    /** A statement and the verb it uses (kept beside it in the outbox, for the settings page's counts). */
    record Built(String id, String verb, Map<String, Object> json) {}

    Built attempted(TrainingEvents.AttemptRef a, Vignette v) {
        String id = Ids.statement(settings.salt(), "attempted/" + a.attemptId());
        Map<String, Object> s = statement(
                id, actor(a.traineeId()), verb(Profile.ATTEMPTED, "attempted"), caseActivity(a, v), a.startedAt());
        s.put("context", context(a, false));
        return new Built(id, "attempted", s);
    }

    Built answered(TrainingEvents.SegmentAnswered e, Vignette v, Segment segment) {
        String id = answeredId(e.judgmentId());
        TrainingEvents.AttemptRef a = e.attempt();
        Map<String, Object> s = statement(
                id, actor(a.traineeId()), verb(Profile.ANSWERED, "answered"), segmentActivity(a, v, segment), e.at());
        Assessment as = e.assessment();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("response", pattern(e.judgment().marked(), true));
        result.put("success", as.fullyRight());
        result.put("score", score(as.score(), as.minScore(), as.maxScore()));
        result.put("duration", duration(e.since(), e.at()));
        Map<String, Object> ext = new LinkedHashMap<>();
        if (e.judgment().confidence() != null) {
            ext.put(Profile.CERTAINTY, e.judgment().confidence());
        }
        ext.put(Profile.RATIONALE_READING, codes(as.rationaleDescribes()));
        if (as.evidence() != null) {
            ext.put(Profile.EVIDENCE, as.evidence().name());
        }
        Map<String, Object> outcomes = new LinkedHashMap<>();
        as.outcomes().forEach((c, o) -> outcomes.put(c.name(), o.name()));
        ext.put(Profile.OUTCOMES, outcomes);
        result.put("extensions", ext);
        s.put("result", result);
        Map<String, Object> context = context(a, true);
        extensions(context).put(Profile.RULE_BASE_VERSION, as.ruleBaseVersion());
        s.put("context", context);
        return new Built(id, "answered", s);
    }

    Built knowledgeAnswered(TrainingEvents.KnowledgeCheckAnswered e, Vignette v, KnowledgeCheck question) {
        TrainingEvents.AttemptRef a = e.attempt();
        String id = Ids.statement(settings.salt(), "knowledge/" + a.attemptId());
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", lang(v.title() + ": knowledge check"));
        definition.put("description", lang(question.text()));
        definition.put("type", Profile.INTERACTION);
        definition.put("interactionType", "choice");
        definition.put("correctResponsesPattern", List.of(pattern(question.expects(), false)));
        definition.put("choices", choices(false));
        Map<String, Object> s = statement(
                id,
                actor(a.traineeId()),
                verb(Profile.ANSWERED, "answered"),
                activity(caseId(a) + "/knowledge-check", definition),
                e.at());
        KnowledgeAssessment k = e.assessment();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("response", pattern(k.named(), false));
        result.put("success", k.missed().isEmpty());
        result.put("score", score(k.score(), 0, k.maxScore()));
        result.put("duration", duration(e.since(), e.at()));
        s.put("result", result);
        Map<String, Object> context = context(a, true);
        extensions(context).put(Profile.RULE_BASE_VERSION, k.ruleBaseVersion());
        s.put("context", context);
        return new Built(id, "answered", s);
    }

    Built completed(TrainingEvents.AttemptCompleted e, Vignette v) {
        TrainingEvents.AttemptRef a = e.attempt();
        String id = Ids.statement(settings.salt(), "completed/" + a.attemptId());
        Map<String, Object> s =
                statement(id, actor(a.traineeId()), verb(Profile.COMPLETED, "completed"), caseActivity(a, v), e.at());
        AttemptTotal total = e.total();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        result.put("score", score(total.score(), Math.min(e.minScore(), total.score()), total.maxScore()));
        result.put("duration", duration(a.startedAt(), e.at()));
        s.put("result", result);
        s.put("context", context(a, false));
        return new Built(id, "completed", s);
    }

    /** A supervisor's new score for a judgment: the supervisor scored the trainee's answer (a StatementRef to it). */
    Built overridden(ScoreOverridden e, String eventKey) {
        String id = Ids.statement(settings.salt(), "scored/" + e.judgmentId() + "/" + eventKey);
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("objectType", "StatementRef");
        object.put("id", answeredId(e.judgmentId()));
        Map<String, Object> s = statement(id, actor(e.supervisorId()), verb(Profile.SCORED, "scored"), object, e.at());
        s.put("result", Map.of("score", score(e.score(), e.lowest(), e.highest())));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("contextActivities", Map.of("category", List.of(profileActivity())));
        s.put("context", context);
        return new Built(id, "scored", s);
    }

    String answeredId(long judgmentId) {
        return Ids.statement(settings.salt(), "answered/" + judgmentId);
    }

    // --- parts ---

    private Map<String, Object> statement(
            String id, Map<String, Object> actor, Map<String, Object> verb, Map<String, Object> object, Instant at) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("actor", actor);
        s.put("verb", verb);
        s.put("object", object);
        s.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        return s;
    }

    private Map<String, Object> actor(long accountId) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("homePage", settings.base());
        account.put("name", Ids.account(settings.salt(), accountId));
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("objectType", "Agent");
        actor.put("account", account);
        return actor;
    }

    private static Map<String, Object> verb(String id, String display) {
        Map<String, Object> verb = new LinkedHashMap<>();
        verb.put("id", id);
        verb.put("display", Map.of("en-US", display));
        return verb;
    }

    private String caseId(TrainingEvents.AttemptRef a) {
        return settings.base() + "/xapi/cases/" + a.vignetteId();
    }

    private Map<String, Object> caseActivity(TrainingEvents.AttemptRef a, Vignette v) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", lang(v.title()));
        definition.put("description", lang(v.summary().strip()));
        definition.put("type", Profile.ASSESSMENT);
        return activity(caseId(a), definition);
    }

    private Map<String, Object> segmentActivity(TrainingEvents.AttemptRef a, Vignette v, Segment segment) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put(
                "name",
                lang(v.title() + ": segment " + (v.indexOf(segment.id()) + 1) + " of "
                        + v.segments().size()));
        definition.put("description", lang(segment.text().strip()));
        definition.put("type", Profile.INTERACTION);
        definition.put("interactionType", "choice");
        definition.put("correctResponsesPattern", List.of(pattern(segment.key(), true)));
        definition.put("choices", choices(true));
        return activity(caseId(a) + "/segments/" + segment.id(), definition);
    }

    private static Map<String, Object> activity(String id, Map<String, Object> definition) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("objectType", "Activity");
        activity.put("id", id);
        activity.put("definition", definition);
        return activity;
    }

    private static Map<String, Object> profileActivity() {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("type", Profile.PROFILE_TYPE);
        return activity(Profile.PROFILE, definition);
    }

    /** Registration per attempt; the case as parent (for what is inside it) and the live session as grouping. */
    private Map<String, Object> context(TrainingEvents.AttemptRef a, boolean insideCase) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("registration", Ids.registration(settings.salt(), a.attemptId()));
        Map<String, Object> activities = new LinkedHashMap<>();
        if (insideCase) {
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("objectType", "Activity");
            parent.put("id", caseId(a));
            activities.put("parent", List.of(parent));
        }
        if (a.sessionId() != null) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("type", Profile.LIVE_SESSION);
            activities.put(
                    "grouping", List.of(activity(settings.base() + "/xapi/sessions/" + a.sessionId(), definition)));
        }
        activities.put("category", List.of(profileActivity()));
        context.put("contextActivities", activities);
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put(Profile.CASE_VERSION, a.vignetteVersion());
        context.put("extensions", ext);
        return context;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extensions(Map<String, Object> context) {
        return (Map<String, Object>) context.get("extensions");
    }

    /** The four characteristics (and "none of these" for a segment) as cmi.interaction choices. */
    private static List<Map<String, Object>> choices(boolean withNone) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            choices.add(Map.of("id", c.name(), "description", lang(c.label())));
        }
        if (withNone) {
            choices.add(Map.of("id", Profile.NONE, "description", lang("None of these")));
        }
        return choices;
    }

    /** Characteristics in their fixed order, joined by xAPI's "[,]"; an empty set is NONE (or "" without that choice). */
    static String pattern(Set<Characteristic> chosen, boolean noneIsAChoice) {
        List<String> codes = codes(chosen);
        return codes.isEmpty() ? (noneIsAChoice ? Profile.NONE : "") : String.join(Profile.SEPARATOR, codes);
    }

    private static List<String> codes(Collection<Characteristic> set) {
        return set.stream().sorted().map(Enum::name).toList();
    }

    /**
     * raw, min and max as the scoring gave them; scaled is raw over max when raw is zero or more and
     * raw over the size of min when it is below zero, so it stays within -1..1 under certainty-based marking.
     */
    static Map<String, Object> score(double raw, double min, double max) {
        Map<String, Object> score = new LinkedHashMap<>();
        double scaled = raw >= 0 ? (max > 0 ? raw / max : 0) : (min < 0 ? raw / -min : 0);
        score.put("scaled", number(Math.round(Math.max(-1, Math.min(1, scaled)) * 10_000) / 10_000.0));
        score.put("raw", number(raw));
        score.put("min", number(Math.min(min, raw)));
        score.put("max", number(Math.max(max, raw)));
        return score;
    }

    /** A whole number without ".0" (as an LRS gives it back), anything else as it is. */
    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? (Number) Long.valueOf((long) value)
                : (Number) Double.valueOf(value);
    }

    /** ISO 8601, to the hundredth of a second as xAPI keeps it. */
    static String duration(Instant from, Instant to) {
        long centis = Math.max(0, Duration.between(from, to).toMillis() / 10);
        return "PT" + (centis / 100) + "." + String.format("%02d", centis % 100) + "S";
    }

    private static Map<String, String> lang(String text) {
        return Map.of(Profile.LANGUAGE, text);
    }
}
