package org.boundarylab.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.boundarylab.BoundaryLabTest;
import org.boundarylab.account.Role;
import org.boundarylab.account.SignIn;
import org.boundarylab.training.AttemptSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a trainee's case and a supervisor's override become in the outbox: the statements of the
 * profile in docs/xapi.md, each valid for the npm package xapi-validation, with a pseudonymous
 * actor and no text the trainee wrote. (Sending them to a real LRS: LrsIT.)
 */
@BoundaryLabTest
class StatementsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEAD_LRS = "http://127.0.0.1:9/xapi/";

    @Autowired
    XapiJourney journey;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void off() {
        journey.configure(false, DEAD_LRS);
    }

    List<JsonNode> since(int before) {
        return journey
                .outbox
                .statements()
                .subList(before, journey.outbox.statements().size())
                .stream()
                .map(JSON::readTree)
                .toList();
    }

    @Test
    void nothing_is_recorded_while_sending_is_off() {
        journey.configure(false, DEAD_LRS);
        int before = journey.outbox.statements().size();
        journey.completeMary("xoff");
        assertThat(journey.outbox.statements()).hasSize(before);
    }

    @Test
    void a_completed_case_becomes_attempted_answered_for_each_segment_the_knowledge_check_and_completed()
            throws Exception {
        journey.configure(true, DEAD_LRS);
        int before = journey.outbox.statements().size();
        long attemptId = journey.completeMary("xann");
        List<JsonNode> s = since(before);
        assertThat(s)
                .extracting(n -> n.at("/verb/id").asString())
                .containsExactly(
                        Profile.ATTEMPTED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.ANSWERED,
                        Profile.COMPLETED);
        String case_ = "https://lab.example.org/xapi/cases/mary-after-hours";
        // one pseudonymous account under the instance's home page, one registration for the attempt
        JsonNode actor = s.getFirst().get("actor");
        assertThat(actor.at("/account/homePage").asString()).isEqualTo("https://lab.example.org");
        assertThat(actor.at("/account/name").asString()).matches("[0-9a-f-]{36}");
        assertThat(actor.has("mbox") || actor.has("name") || actor.has("mbox_sha1sum"))
                .isFalse();
        String registration = s.getFirst().at("/context/registration").asString();
        for (JsonNode n : s) {
            assertThat(n.get("actor")).isEqualTo(actor);
            assertThat(n.at("/context/registration").asString()).isEqualTo(registration);
            assertThat(n.at("/context/contextActivities/category/0/id").asString())
                    .isEqualTo(Profile.PROFILE);
            assertThat(n.toString())
                    .doesNotContain("xann", "Test xann", "He keeps it hidden", "Role reversal, secrecy and the double");
        }
        assertThat(s.getFirst().at("/object/id").asString()).isEqualTo(case_);
        assertThat(s.getFirst().at("/object/definition/type").asString()).isEqualTo(Profile.ASSESSMENT);

        // segment 3: role reversal, marked right and fairly sure
        JsonNode third = s.get(3);
        assertThat(third.at("/object/id").asString()).isEqualTo(case_ + "/segments/s3");
        assertThat(third.at("/object/definition/type").asString()).isEqualTo(Profile.INTERACTION);
        assertThat(third.at("/object/definition/interactionType").asString()).isEqualTo("choice");
        assertThat(third.at("/object/definition/correctResponsesPattern/0").asString())
                .isEqualTo("ROLE_REVERSAL");
        assertThat(third.at("/object/definition/choices").valueStream().map(c -> c.get("id")
                        .asString()))
                .containsExactly("ROLE_REVERSAL", "PROFESSIONAL_PRIVILEGE", "DOUBLE_BIND", "SECRECY", "NONE");
        assertThat(third.at("/result/response").asString()).isEqualTo("ROLE_REVERSAL");
        assertThat(third.at("/result/success").asBoolean()).isTrue();
        assertThat(third.at("/result/score/raw").asDouble()).isEqualTo(2.0);
        // scaled is raw over the segment's maximum (certain and right), as the summary's total counts it
        assertThat(third.at("/result/score/scaled").asDouble())
                .isEqualTo(Math.round(2.0 / third.at("/result/score/max").asDouble() * 10_000) / 10_000.0);
        assertThat(third.at("/result/duration").asString()).matches("PT\\d+\\.\\d\\dS");
        JsonNode ext = third.at("/result/extensions");
        assertThat(ext.get(Profile.CERTAINTY).asInt()).isEqualTo(2);
        assertThat(ext.get(Profile.RATIONALE_READING).isArray()).isTrue();
        assertThat(ext.get(Profile.OUTCOMES).get("ROLE_REVERSAL").asString()).isEqualTo("HIT");
        assertThat(third.at("/context/contextActivities/parent/0/id").asString())
                .isEqualTo(case_);
        assertThat(third.at("/context/extensions")
                        .get(Profile.RULE_BASE_VERSION)
                        .asString())
                .startsWith("rb-");
        assertThat(third.at("/context/extensions").get(Profile.CASE_VERSION).asInt())
                .isPositive();

        // segment 2: a crossing called three violations, and certain: wrong, below zero, scaled by the lowest score
        JsonNode second = s.get(2);
        assertThat(second.at("/object/definition/correctResponsesPattern/0").asString())
                .isEqualTo("NONE");
        assertThat(second.at("/result/response").asString()).isEqualTo("ROLE_REVERSAL[,]DOUBLE_BIND[,]SECRECY");
        assertThat(second.at("/result/success").asBoolean()).isFalse();
        assertThat(second.at("/result/score/raw").asDouble()).isNegative();
        assertThat(second.at("/result/score/scaled").asDouble()).isBetween(-1.0, 0.0);
        assertThat(second.at("/result/score/min").asDouble())
                .isLessThanOrEqualTo(second.at("/result/score/raw").asDouble());
        // segment 6: two characteristics in the key, in the fixed order
        assertThat(s.get(6).at("/object/definition/correctResponsesPattern/0").asString())
                .isEqualTo("DOUBLE_BIND[,]SECRECY");
        // segment 4 had no certainty: no certainty extension
        assertThat(s.get(4).at("/result/extensions").has(Profile.CERTAINTY)).isFalse();

        JsonNode knowledge = s.get(7);
        assertThat(knowledge.at("/object/id").asString()).isEqualTo(case_ + "/knowledge-check");
        assertThat(knowledge.at("/object/definition/correctResponsesPattern/0").asString())
                .isEqualTo("ROLE_REVERSAL[,]PROFESSIONAL_PRIVILEGE[,]DOUBLE_BIND[,]SECRECY");
        assertThat(knowledge.at("/result/response").asString()).isEqualTo("ROLE_REVERSAL[,]DOUBLE_BIND[,]SECRECY");
        assertThat(knowledge.at("/result/success").asBoolean()).isFalse();

        JsonNode completed = s.get(8);
        SignIn.as("xann", Role.TRAINEE);
        AttemptSummary summary = journey.attempts.myAttempts().stream()
                .filter(a -> a.attemptId() == attemptId)
                .findFirst()
                .orElseThrow();
        assertThat(completed.at("/object/id").asString()).isEqualTo(case_);
        assertThat(completed.at("/result/completion").asBoolean()).isTrue();
        assertThat(completed.at("/result/score/raw").asDouble())
                .isEqualTo(summary.total().score());
        assertThat(completed.at("/result/score/max").asDouble())
                .isEqualTo(summary.total().maxScore());

        Map<String, List<String>> problems =
                XapiValidation.problems(s.stream().map(JsonNode::toString).toList());
        assertThat(problems).hasSize(9);
        problems.forEach((id, p) -> assertThat(p).as(id).isEmpty());
    }

    @Test
    void a_live_session_groups_its_attempt_and_an_override_is_the_supervisor_scoring_the_answer() throws Exception {
        journey.configure(true, DEAD_LRS);
        int before = journey.outbox.statements().size();
        XapiJourney.InSession in = journey.maryInSession("xsue", "xtom", 2);
        var first = in.judgments().stream()
                .filter(j -> j.segmentId().equals("s2"))
                .findFirst()
                .orElseThrow();
        journey.override("xsue", first.judgmentId(), first.maxScore());
        List<JsonNode> s = since(before);
        assertThat(s)
                .extracting(n -> n.at("/verb/id").asString())
                .containsExactly(Profile.ATTEMPTED, Profile.ANSWERED, Profile.ANSWERED, Profile.SCORED);
        String session = "https://lab.example.org/xapi/sessions/" + in.sessionId();
        for (JsonNode n : s.subList(0, 3)) {
            assertThat(n.at("/context/contextActivities/grouping/0/id").asString())
                    .isEqualTo(session);
            assertThat(n.at("/context/contextActivities/grouping/0/definition/type")
                            .asString())
                    .isEqualTo(Profile.LIVE_SESSION);
        }
        JsonNode scored = s.get(3);
        JsonNode answeredS2 = s.get(2);
        assertThat(answeredS2.at("/object/id").asString()).endsWith("/segments/s2");
        assertThat(scored.at("/object/objectType").asString()).isEqualTo("StatementRef");
        assertThat(scored.at("/object/id").asString())
                .isEqualTo(answeredS2.get("id").asString());
        assertThat(scored.get("actor")).isNotEqualTo(answeredS2.get("actor"));
        assertThat(scored.at("/result/score/raw").asDouble()).isEqualTo(first.maxScore());
        assertThat(scored.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
        assertThat(scored.toString()).doesNotContain("Discussed in supervision");
        XapiValidation.problems(s.stream().map(JsonNode::toString).toList())
                .forEach((id, p) -> assertThat(p).as(id).isEmpty());
    }

    @Test
    void statement_ids_are_fixed_when_the_event_happens_and_one_event_is_one_row() {
        journey.configure(true, DEAD_LRS);
        String salt = journey.settings.current().salt();
        assertThat(Ids.statement(salt, "answered/7"))
                .isEqualTo(Ids.statement(salt, "answered/7"))
                .isNotEqualTo(Ids.statement(salt, "answered/8"))
                .isNotEqualTo(Ids.statement(java.util.UUID.randomUUID().toString(), "answered/7"));
        int before = journey.outbox.statements().size();
        String id = Ids.statement(salt, "test/once");
        journey.outbox.add(id, "answered", "{\"id\":\"" + id + "\"}", java.time.Instant.now());
        journey.outbox.add(id, "answered", "{\"id\":\"" + id + "\"}", java.time.Instant.now());
        assertThat(journey.outbox.statements()).hasSize(before + 1);
        journey.outbox.rejected(journey.outbox.waiting(1000).getLast().id(), "test row", java.time.Instant.now());
    }

    @Test
    void while_another_node_holds_the_outbox_this_node_sends_nothing_and_takes_over_when_its_lease_runs_out() {
        journey.configure(true, DEAD_LRS);
        journey.completeMary("xlease");
        jdbc.sql("delete from node_lease where job = ?").param(OutboxSender.JOB).update();
        jdbc.sql("insert into node_lease (job, holder, held_until) values (?, 'another-node', ?)")
                .params(
                        OutboxSender.JOB,
                        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(60)))
                .update();
        long waiting = journey.outbox.counts().waiting();

        OutboxSender.Pass pass = journey.sender.sendNow();

        assertThat(pass.error()).isEqualTo("another node of this server is sending them");
        assertThat(journey.outbox.counts().waiting()).as("nothing tried").isEqualTo(waiting);

        jdbc.sql("update node_lease set held_until = ? where job = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), OutboxSender.JOB)
                .update();
        assertThat(journey.sender.sendNow().error())
                .as("the lease ran out: this node tries (and meets the dead LRS)")
                .isNotEqualTo("another node of this server is sending them");
        jdbc.sql("delete from node_lease where job = ?").param(OutboxSender.JOB).update();
    }
}
