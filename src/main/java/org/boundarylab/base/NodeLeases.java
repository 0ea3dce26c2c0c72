package org.boundarylab.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Jobs that must run on one node at a time when several share a database (sending an outbox in
 * order, exactly once): a lease per job in the database ({@code node_lease}). The node that holds it
 * renews it each time it works; when that node dies, another takes the job once the lease has run
 * out. On one node the lease is simply always this node's.
 */
@Component
public class NodeLeases {

    /** A node is a JVM: every application context in it (tests start several) works as the same node. */
    private static final String THIS_NODE = UUID.randomUUID().toString();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;

    @Autowired
    NodeLeases(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC(), THIS_NODE);
    }

    NodeLeases(JdbcClient jdbc, Clock clock, String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    /**
     * Takes or renews the job's lease for {@code term}; true when this node holds it now (and may
     * work until the term ends), false when another node does.
     */
    public boolean hold(String job, Duration term) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(term));
        try {
            jdbc.sql("insert into node_lease (job, holder, held_until) select ?, ?, ? from (values (1)) x "
                            + "where not exists (select 1 from node_lease where job = ?)")
                    .params(job, node, until, job)
                    .update();
        } catch (DuplicateKeyException takenMeanwhile) {
            // another node made the row at the same moment: compete for it below
        }
        // one statement: the row is ours if we held it or its lease ran out; the database decides races
        return jdbc.sql("update node_lease set holder = ?, held_until = ? "
                                + "where job = ? and (holder = ? or held_until < ?)")
                        .params(node, until, job, node, Timestamp.from(now))
                        .update()
                == 1;
    }

    /** This node's name in the leases (random per start of the JVM). */
    public String node() {
        return node;
    }
}
