package org.boundarylab.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VignetteDirectoryTest {

    @Test
    void a_bad_file_is_reported_and_skipped_and_the_others_load(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mary-after-hours.yaml"), VignetteReaderTest.mary());
        Files.writeString(
                dir.resolve("broken.yaml"),
                VignetteReaderTest.mary()
                        .replace("id: mary-after-hours", "id: broken")
                        .replace("key: [SECRECY]", "key: [SECRET]"));
        VignetteDirectory.Loaded loaded = VignetteDirectory.load(dir);
        assertThat(loaded.byId()).containsOnlyKeys("mary-after-hours");
        assertThat(loaded.problems()).isNotEmpty().allMatch(p -> p.file().equals("broken.yaml"));
        assertThat(loaded.problems().getFirst().field()).isEqualTo("segments[3].key");
        assertThat(loaded.problems().getFirst().line()).isPositive();
    }
}
