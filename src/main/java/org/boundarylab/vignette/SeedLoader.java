package org.boundarylab.vignette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads seeds/vignettes at start-up. Idempotent: a file whose content matches the newest stored
 * revision changes nothing; a changed file becomes a new revision. Bad files are logged with file,
 * line and field, and skipped.
 */
@Component
@Order(2)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    static final String SEED_AUTHOR = "Boundary Lab";

    private final Path seedsDir;
    private final VignetteVersionRepository versions;
    private final TransactionTemplate tx;

    SeedLoader(
            @Value("${boundarylab.seeds-dir}") Path seedsDir,
            VignetteVersionRepository versions,
            TransactionTemplate tx) {
        this.seedsDir = seedsDir;
        this.versions = versions;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!Files.isDirectory(seedsDir)) {
            log.warn("No seed folder at {}: starting with the vignettes already stored.", seedsDir.toAbsolutePath());
            return;
        }
        VignetteDirectory.Loaded loaded = VignetteDirectory.load(seedsDir);
        loaded.problems().forEach(p -> log.warn("Skipped a vignette file: {}", p.describe()));
        int added = 0;
        for (VignetteDirectory.LoadedFile file : loaded.vignettes()) {
            if (Boolean.TRUE.equals(tx.execute(status -> store(file)))) {
                added++;
            }
        }
        log.info(
                "Seed vignettes: {} loaded, {} new or changed, {} skipped.",
                loaded.vignettes().size(),
                added,
                loaded.problems().stream().map(p -> p.file()).distinct().count());
    }

    private boolean store(VignetteDirectory.LoadedFile file) {
        String id = file.vignette().id();
        String hash = sha256(file.content());
        var newest = versions.findFirstByVignetteIdOrderByVersionDesc(id);
        if (newest.isPresent() && newest.get().getContentHash().equals(hash)) {
            return false;
        }
        int next = newest.map(v -> v.getVersion() + 1).orElse(1);
        versions.save(new VignetteVersion(id, next, file.content(), hash, "seed: " + id + ".yaml", SEED_AUTHOR, null));
        return true;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
