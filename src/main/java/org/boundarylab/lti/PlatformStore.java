package org.boundarylab.lti;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registered platforms (lti_platform) and their deployments (lti_deployment). */
@Component
class PlatformStore {

    private static final String COLUMNS =
            "id, name, issuer, client_id, auth_endpoint, token_endpoint, jwks_endpoint, in_frame, frame_origin";
    private final JdbcClient jdbc;

    PlatformStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Platform> all() {
        return jdbc
                .sql("select " + COLUMNS + " from lti_platform order by name, id")
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9)))
                .list()
                .stream()
                .map(this::withDeployments)
                .toList();
    }

    Optional<Platform> byId(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The platform with this issuer; with a client id when given (one issuer can register the tool twice). */
    List<Platform> byIssuer(String issuer) {
        return all().stream().filter(p -> p.issuer().equals(issuer)).toList();
    }

    @Transactional
    long save(Platform p) {
        long id = p.id();
        List<Object> values = new java.util.ArrayList<>(List.of(
                p.name(),
                p.issuer(),
                p.clientId(),
                p.authEndpoint(),
                p.tokenEndpoint(),
                p.jwksEndpoint(),
                p.inFrame(),
                p.frameOrigin()));
        if (id == 0) {
            values.add(Timestamp.from(Instant.now()));
            jdbc.sql("insert into lti_platform (name, issuer, client_id, auth_endpoint, token_endpoint, jwks_endpoint, "
                            + "in_frame, frame_origin, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values)
                    .update();
            id = jdbc.sql("select id from lti_platform where issuer = ? and client_id = ?")
                    .params(p.issuer(), p.clientId())
                    .query(Long.class)
                    .single();
        } else {
            values.add(id);
            jdbc.sql(
                            "update lti_platform set name = ?, issuer = ?, client_id = ?, auth_endpoint = ?, token_endpoint = ?, "
                                    + "jwks_endpoint = ?, in_frame = ?, frame_origin = ? where id = ?")
                    .params(values)
                    .update();
            jdbc.sql("delete from lti_deployment where platform_id = ?")
                    .param(id)
                    .update();
        }
        for (String d : p.deploymentIds()) {
            jdbc.sql("insert into lti_deployment (platform_id, deployment_id) values (?, ?)")
                    .params(id, d)
                    .update();
        }
        return id;
    }

    boolean taken(String issuer, String clientId, long exceptId) {
        return jdbc.sql("select count(*) from lti_platform where issuer = ? and client_id = ? and id <> ?")
                        .params(issuer, clientId, exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private record Row(
            long id,
            String name,
            String issuer,
            String clientId,
            String auth,
            String token,
            String jwks,
            boolean inFrame,
            String frameOrigin) {}

    private Platform withDeployments(Row r) {
        List<String> deployments = jdbc.sql(
                        "select deployment_id from lti_deployment where platform_id = ? order by deployment_id")
                .param(r.id())
                .query(String.class)
                .list();
        return new Platform(
                r.id(),
                r.name(),
                r.issuer(),
                r.clientId(),
                deployments,
                r.auth(),
                r.token(),
                r.jwks(),
                r.inFrame(),
                r.frameOrigin());
    }
}
