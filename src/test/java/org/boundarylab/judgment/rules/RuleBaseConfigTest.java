package org.boundarylab.judgment.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;

class RuleBaseConfigTest {

    @Test
    void the_app_refuses_to_start_on_rules_that_do_not_compile_and_says_which_file(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(
                dir.resolve("outcomes.drl"),
                Files.readString(dir.resolve("outcomes.drl")).replace("end\n", "ned\n"));
        assertThatThrownBy(() -> new RuleBaseConfig().judgmentClassifier(dir))
                .isInstanceOf(BeanCreationException.class)
                .hasMessageContaining("Boundary Lab cannot start: the rule base in")
                .hasMessageContaining("outcomes.drl");
    }
}
