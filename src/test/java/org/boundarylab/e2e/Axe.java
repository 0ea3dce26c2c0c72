package org.boundarylab.e2e;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (WCAG 2.1 A and AA) run on the page a browser shows. Serious and critical violations are
 * collected per screen, so one run names every screen that fails, not only the first.
 */
final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> violations = new ArrayList<>();
    private final List<String> screens = new ArrayList<>();

    /** Runs axe on what the browser shows now and remembers what is serious or critical. */
    void check(Browser browser, String screen) {
        browser.awaitVaadin();
        // a notification fading in or out has, for that moment, colours it never shows at rest
        browser.wait.until(d -> d.findElements(org.openqa.selenium.By.cssSelector(
                        "vaadin-notification-card[opening], vaadin-notification-card[closing]"))
                .isEmpty());
        Results results = new AxeBuilder().withOptions(options()).analyze(browser.driver);
        screens.add(screen);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    violations.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget()
                            + " " + abbreviated(node.getHtml()) + " : " + abbreviated(node.getFailureSummary()));
                }
            }
        }
    }

    /** WCAG 2.1 A and AA, plus the accessible name containing the visible label (axe marks that rule experimental). */
    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", on));
        return options;
    }

    List<String> violations() {
        return violations;
    }

    List<String> screens() {
        return screens;
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
