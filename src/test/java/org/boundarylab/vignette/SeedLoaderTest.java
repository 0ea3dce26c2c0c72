package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.boundarylab.BoundaryLabTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@BoundaryLabTest
class SeedLoaderTest {

    @Autowired
    VignetteVersionRepository versions;

    @Autowired
    TransactionTemplate tx;

    @Test
    void seeds_load_at_start_up_once_and_loading_again_changes_nothing() throws Exception {
        assertThat(versions.findFirstByVignetteIdOrderByVersionDesc("mary-after-hours"))
                .isPresent();
        long before = versions.count();
        new SeedLoader(Path.of("seeds/vignettes"), versions, tx).run(null);
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    void a_changed_seed_becomes_a_new_revision_and_a_bad_one_is_skipped(@TempDir Path dir) throws Exception {
        String mary = Files.readString(Path.of("seeds/vignettes/mary-after-hours.yaml"));
        Files.writeString(
                dir.resolve("mary-after-hours.yaml"), mary.replace("Mary grows uneasy", "Mary grows very uneasy"));
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\n");
        int newest = versions.findFirstByVignetteIdOrderByVersionDesc("mary-after-hours")
                .orElseThrow()
                .getVersion();
        new SeedLoader(dir, versions, tx).run(null);
        assertThat(versions.findFirstByVignetteIdOrderByVersionDesc("mary-after-hours")
                        .orElseThrow()
                        .getVersion())
                .isEqualTo(newest + 1);
        assertThat(versions.findFirstByVignetteIdOrderByVersionDesc("bad")).isEmpty();
        // put the repository's own text back as the newest revision for the other tests
        new SeedLoader(Path.of("seeds/vignettes"), versions, tx).run(null);
    }
}
