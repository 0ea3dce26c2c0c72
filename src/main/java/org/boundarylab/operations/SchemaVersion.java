package org.boundarylab.operations;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A Flyway version (1, 2, 1.1, 1_1), compared part by part as numbers. */
record SchemaVersion(List<BigInteger> parts) implements Comparable<SchemaVersion> {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    static SchemaVersion parse(String text) {
        return new SchemaVersion(
                Arrays.stream(text.strip().split("[._]")).map(BigInteger::new).toList());
    }

    /** The newest migration this app ships (db/migration/V*__*.sql on the class path, in the jar too). */
    static SchemaVersion newestMigration() throws IOException {
        Optional<SchemaVersion> newest = Optional.empty();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher m = MIGRATION.matcher(String.valueOf(r.getFilename()));
            if (m.matches()) {
                SchemaVersion v = parse(m.group(1));
                newest = newest.isEmpty() || v.compareTo(newest.get()) > 0 ? Optional.of(v) : newest;
            }
        }
        return newest.orElseThrow(() -> new IllegalStateException("no db/migration/V*.sql on the class path"));
    }

    @Override
    public int compareTo(SchemaVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            int c = part(i).compareTo(other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private BigInteger part(int i) {
        return i < parts.size() ? parts.get(i) : BigInteger.ZERO;
    }

    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
