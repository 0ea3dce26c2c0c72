package org.boundarylab.e2e;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Without Chromium a browser test is skipped on a developer's machine and fails on CI. */
class BrowserRequirementTest {

    @Test
    void on_ci_a_missing_chromium_fails_the_test() {
        assertThatThrownBy(() -> Browser.requireOrSkip(false, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("apt-get install chromium chromium-driver");
        assertThatThrownBy(() -> Browser.requireOrSkip(false, "TRUE")).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void elsewhere_a_missing_chromium_skips_the_test() {
        assertThatThrownBy(() -> Browser.requireOrSkip(false, null)).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Browser.requireOrSkip(false, "false")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void with_chromium_installed_the_test_runs_everywhere() {
        assertThatCode(() -> Browser.requireOrSkip(true, "true")).doesNotThrowAnyException();
        assertThatCode(() -> Browser.requireOrSkip(true, null)).doesNotThrowAnyException();
    }
}
