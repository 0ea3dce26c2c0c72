package org.boundarylab.judgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.boundarylab.BoundaryLabTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@BoundaryLabTest
class RuleBaseAdminTest {

    @Autowired
    RuleBaseAdmin admin;

    @Autowired
    JudgmentClassifier classifier;

    @Test
    @WithMockUser(roles = "ADMIN")
    void reloading_unchanged_rules_keeps_the_same_version() {
        String before = classifier.ruleBaseVersion();
        RuleBaseAdmin.Reload reload = admin.reload();
        assertThat(reload.accepted()).isTrue();
        assertThat(reload.version()).isEqualTo(before).isEqualTo(classifier.ruleBaseVersion());
    }

    @Test
    @WithMockUser(roles = {"SUPERVISOR"})
    void only_admins_may_see_or_reload_the_rules() {
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.reload()).isInstanceOf(AccessDeniedException.class);
    }
}
