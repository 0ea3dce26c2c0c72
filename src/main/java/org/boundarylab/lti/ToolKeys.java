package org.boundarylab.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's own RSA keys (lti_tool_key): the newest signs deep-linking responses and grade-token
 * requests; every key not retired is published in the tool's JWKS. Rotating adds a new key and
 * retires all but the previous one, which stays published so what it signed can still be checked.
 */
@Component
class ToolKeys {

    private final JdbcClient jdbc;

    ToolKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key that signs now; the first is made on first use. */
    @Transactional
    RSAKey signing() {
        List<RSAKey> keys = published();
        return keys.isEmpty() ? add() : keys.getFirst();
    }

    /** The public halves of every key not retired, newest first: the tool's JWKS. */
    @Transactional
    JWKSet publicSet() {
        signing();
        return new JWKSet(published().stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                .toList());
    }

    /** A new signing key; keys older than the previous one are retired. Returns the new key id. */
    @Transactional
    String rotate() {
        RSAKey added = add();
        List<RSAKey> keys = published();
        for (RSAKey old : keys.subList(Math.min(2, keys.size()), keys.size())) {
            jdbc.sql("update lti_tool_key set retired_at = ? where kid = ?")
                    .params(Timestamp.from(Instant.now()), old.getKeyID())
                    .update();
        }
        return added.getKeyID();
    }

    private RSAKey add() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            jdbc.sql("insert into lti_tool_key (kid, private_jwk, created_at) values (?, ?, ?)")
                    .params(key.getKeyID(), key.toJSONString(), Timestamp.from(Instant.now()))
                    .update();
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private List<RSAKey> published() {
        return jdbc
                .sql("select private_jwk from lti_tool_key where retired_at is null order by id desc")
                .query(String.class)
                .list()
                .stream()
                .map(ToolKeys::parse)
                .toList();
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored tool key cannot be read", e);
        }
    }
}
