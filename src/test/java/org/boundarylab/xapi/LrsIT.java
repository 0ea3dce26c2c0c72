package org.boundarylab.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.boundarylab.BoundaryLabTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Learning records against a real LRS on loopback (xapi-statements 5.0.1, in-memory): a trainee's
 * completed case arrives as valid statements, and with the LRS stopped and started again every
 * statement arrives exactly once. The app's own sender delivers them, on a short timer.
 */
@BoundaryLabTest
@TestPropertySource(
        properties = {
            "boundarylab.xapi.send-interval=300ms",
            "boundarylab.xapi.first-retry=500ms",
            "boundarylab.xapi.longest-retry=2s"
        })
class LrsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    XapiJourney journey;

    @AfterEach
    void off() {
        journey.configure(false, StatementsTest.DEAD_LRS);
    }

    private List<JsonNode> outboxSince(int before) {
        List<String> all = journey.outbox.statements();
        return all.subList(before, all.size()).stream().map(JSON::readTree).toList();
    }

    private static Set<String> ids(List<JsonNode> statements) {
        Set<String> ids = new HashSet<>();
        statements.forEach(s -> assertThat(ids.add(s.get("id").asString()))
                .as("duplicate " + s.get("id"))
                .isTrue());
        return ids;
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void a_trainees_completed_case_arrives_at_the_lrs_as_valid_statements() throws Exception {
        try (Lrs lrs = new Lrs().start()) {
            journey.configure(true, lrs.endpoint());
            int before = journey.outbox.statements().size();
            journey.completeMary("xlia");
            List<JsonNode> sent = outboxSince(before);
            assertThat(sent).hasSize(9);
            await(
                    "the outbox to empty",
                    Duration.ofSeconds(30),
                    () -> journey.outbox.counts().waiting() == 0);
            List<JsonNode> stored = lrs.statements();
            assertThat(ids(stored)).isEqualTo(ids(sent));
            for (JsonNode ours : sent) {
                JsonNode theirs = lrs.statement(ours.get("id").asString());
                assertThat(theirs).as(ours.get("id").asString()).isNotNull();
                for (String part : List.of("actor", "verb", "object", "result", "context")) {
                    assertThat(theirs.get(part)).as(part).isEqualTo(ours.get(part));
                }
                assertThat(theirs.get("stored")).isNotNull();
            }
            assertThat(journey.outbox.counts().sent()).isGreaterThanOrEqualTo(9);
            assertThat(journey.outbox.counts().rejected()).isZero();
            // what the LRS holds, as it holds it, and what the project sent: valid for xapi-validation
            XapiValidation.problems(stored.stream().map(JsonNode::toString).toList())
                    .forEach((id, p) -> assertThat(p).as(id).isEmpty());
            XapiValidation.problems(sent.stream().map(JsonNode::toString).toList())
                    .forEach((id, p) -> assertThat(p).as(id).isEmpty());
        }
    }

    @Test
    void with_the_lrs_stopped_and_started_again_every_statement_arrives_exactly_once() throws Exception {
        Lrs lrs = new Lrs();
        try (lrs) {
            lrs.start();
            journey.configure(true, lrs.endpoint());
            int before = journey.outbox.statements().size();
            // a live session, then its supervisor's override: delivered while the LRS runs
            XapiJourney.InSession in = journey.maryInSession("xsam", "xkim", 3);
            journey.override(
                    "xsam",
                    in.judgments().getFirst().judgmentId(),
                    in.judgments().getFirst().maxScore());
            await(
                    "the first statements to arrive",
                    Duration.ofSeconds(30),
                    () -> journey.outbox.counts().waiting() == 0);
            List<JsonNode> first = lrs.statements();
            lrs.stop();

            // the LRS is down: a whole case is recorded, and waits
            journey.completeMary("xlou");
            Thread.sleep(1500);
            LearningRecords.Status waiting = journey.outbox.counts().waiting() > 0 ? statusAsAdmin() : null;
            assertThat(waiting).as("statements wait while the LRS is down").isNotNull();
            assertThat(waiting.waiting()).isEqualTo(9);
            assertThat(waiting.lastError())
                    .hasValueSatisfying(e -> assertThat(e).startsWith("cannot reach the LRS"));

            // started again, empty (in-memory): the sender delivers what waited, by itself
            lrs.start();
            await(
                    "the waiting statements to arrive",
                    Duration.ofSeconds(30),
                    () -> journey.outbox.counts().waiting() == 0);
            List<JsonNode> second = lrs.statements();

            Set<String> all = ids(outboxSince(before));
            Set<String> inFirst = ids(first);
            Set<String> inSecond = ids(second);
            assertThat(inFirst).hasSize(1 + 3 + 1);
            assertThat(inSecond).hasSize(9);
            assertThat(inFirst).doesNotContainAnyElementsOf(inSecond);
            Set<String> union = new HashSet<>(inFirst);
            union.addAll(inSecond);
            assertThat(union).isEqualTo(all);
            XapiValidation.problems(second.stream().map(JsonNode::toString).toList())
                    .forEach((id, p) -> assertThat(p).as(id).isEmpty());
        }
    }

    private LearningRecords.Status statusAsAdmin() {
        journey.users.ensure("xadmin", org.boundarylab.account.Role.ADMIN);
        org.boundarylab.account.SignIn.as("xadmin", org.boundarylab.account.Role.ADMIN);
        return journey.records.status();
    }
}
