package org.boundarylab.judgment.rules;

import java.nio.file.Path;
import org.boundarylab.judgment.RuleBaseException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Compiles the rule base at start-up; the app refuses to start if it does not compile. */
@Configuration
class RuleBaseConfig {

    @Bean
    DroolsJudgmentClassifier judgmentClassifier(@Value("${boundarylab.rules-dir}") Path rulesDir) {
        try {
            return new DroolsJudgmentClassifier(rulesDir);
        } catch (RuleBaseException e) {
            throw new BeanCreationException(
                    "judgmentClassifier",
                    "Boundary Lab cannot start: the rule base in " + rulesDir.toAbsolutePath()
                            + " does not compile:\n  " + String.join("\n  ", e.errors()));
        }
    }
}
